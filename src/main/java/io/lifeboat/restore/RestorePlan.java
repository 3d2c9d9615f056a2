package io.lifeboat.restore;

import java.util.List;

/**
 * Everything a restore will do, decided before anything is sent: which source and time, the new
 * database, its settings and instances, and an optional DNS cutover. The job id is chosen now, so the
 * review shows the exact requests (the new resources carry it as a tag).
 *
 * @param cluster whether the source is an Aurora cluster (else a plain RDS instance)
 * @param instances for a cluster, the instances to create (writer first); for a plain instance,
 *                  the one instance restored
 * @param cutover {@code null} when no DNS record is switched
 */
public record RestorePlan(String jobId, String region, String sourceId, boolean cluster, String engine,
                          RestoreTime time, String targetId, RestoreType type, TargetSettings settings,
                          List<NewInstance> instances, CutoverTarget cutover) {

    /** The tag key every resource of a restore job carries, its value the job id. */
    public static final String JOB_TAG = "lifeboat:restore-job";

    public RestorePlan {
        instances = List.copyOf(instances);
    }

    public RestorePlan withCutover(CutoverTarget target) {
        return new RestorePlan(jobId, region, sourceId, cluster, engine, time, targetId, type, settings, instances, target);
    }
}
