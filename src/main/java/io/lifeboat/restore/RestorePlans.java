package io.lifeboat.restore;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/** Plans as a user starts them: everything copied from the source, instances named after the new cluster. */
public final class RestorePlans {

    /** The most instances a restore creates (the writer and readers), in the wizard and on the command line. */
    public static final int MAX_INSTANCES = 16;

    private static final SecureRandom RANDOM = new SecureRandom();

    private RestorePlans() {
    }

    /** A job id: short enough to type ({@code lifeboat restore revert rj-7f3a9c2e}). */
    public static String newJobId() {
        return "rj-" + String.format("%08x", RANDOM.nextInt());
    }

    /**
     * @param instances for a cluster, the writer plus readers to create; ignored for a plain instance
     * @param instanceClass {@code null} for the source's classes (the writer's for extra instances)
     */
    public static RestorePlan of(ClusterSummary source, RestoreTime time, String targetId, RestoreType type,
                                 int instances, String instanceClass) {
        String target = DbIdentifiers.normalize(targetId);
        return new RestorePlan(newJobId(), source.region(), source.id(), source.cluster(), source.engine(), time, target,
                type, TargetSettings.copiedFrom(source), instances(source, target, instances, instanceClass), null);
    }

    /** {@code target-1} (writer), {@code target-2}... each of the source's class at that rank unless one is given. */
    public static List<NewInstance> instances(ClusterSummary source, String target, int count, String instanceClass) {
        if (!source.cluster()) {
            return List.of(new NewInstance(target, instanceClass != null ? instanceClass : source.settings().instanceClass()));
        }
        List<NewInstance> instances = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String sourceClass = i < source.members().size() ? source.members().get(i).instanceClass()
                    : source.settings().instanceClass();
            instances.add(new NewInstance(target + "-" + (i + 1), instanceClass != null ? instanceClass
                    : sourceClass == null || sourceClass.isEmpty() ? "db.r6g.large" : sourceClass));
        }
        return instances;
    }
}
