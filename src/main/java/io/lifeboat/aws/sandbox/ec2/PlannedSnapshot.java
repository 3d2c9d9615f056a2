package io.lifeboat.aws.sandbox.ec2;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A snapshot the seeding wants to exist. Planned first and inserted in start-time order, so the
 * sandbox's creation order (which paging follows) matches the story's timeline.
 */
record PlannedSnapshot(String region, String volumeId, int volumeSize, Instant start, boolean failed,
                       String description, boolean encrypted, Map<String, String> tags) {

    PlannedSnapshot {
        tags = new LinkedHashMap<>(tags);
    }

    /** Inserts the plans for {@code state}'s region, oldest first, with ids handed out as for any new snapshot. */
    static void insert(Ec2State state, List<PlannedSnapshot> plans) {
        state.locked(s -> {
            plans.stream()
                    .filter(plan -> plan.region().equals(s.region))
                    .sorted(Comparator.comparing(PlannedSnapshot::start))
                    .forEach(plan -> {
                        SnapshotRecord record = new SnapshotRecord(s.nextSequence(), s.newId(ResourceKind.SNAPSHOT),
                                plan.volumeId(), plan.volumeSize(), plan.start(),
                                plan.failed() ? null : plan.start().plus(Ec2Timing.snapshotDuration(plan.volumeSize())),
                                plan.description(), plan.encrypted(), plan.encrypted() ? s.defaultKmsKeyId() : null,
                                s.accountId, new ResourceTags(plan.tags()));
                        s.snapshots.put(record.id, record);
                    });
            return null;
        });
    }
}
