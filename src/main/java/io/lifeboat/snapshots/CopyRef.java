package io.lifeboat.snapshots;

/** A copy of a snapshot, in another region (or the same one), as the inventory knows it. */
public record CopyRef(String region, String snapshotId, String state, int progressPercent) {
}
