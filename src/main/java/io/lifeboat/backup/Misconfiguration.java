package io.lifeboat.backup;

/**
 * A volume whose backup tags have a problem, with the fix ({@code BackupPolicy.problem()}) and
 * whether the plan backs it up anyway: where the intent is plain, a typo must not cost a backup.
 */
public record Misconfiguration(String region, String volumeId, String instanceId, String instanceName,
                               String problem, boolean backedUpAnyway) {
}
