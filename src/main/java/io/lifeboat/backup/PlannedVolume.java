package io.lifeboat.backup;

/**
 * A volume a create covers.
 *
 * @param device the attachment's device, or {@code null} when unattached
 * @param root whether it is its instance's boot volume (CreateSnapshots excludes it only by ExcludeBootVolume)
 * @param misconfigured whether its tags have a problem it is backed up in spite of
 */
public record PlannedVolume(String volumeId, String device, int sizeGiB, boolean root, boolean misconfigured) {
}
