package io.lifeboat.backup;

import io.lifeboat.aws.AwsErrors;
import io.lifeboat.aws.Problem;
import io.lifeboat.backup.VolumeOutcome.Status;
import io.lifeboat.inventory.Tags;
import io.lifeboat.volumes.BackupTags;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.CreateSnapshotsRequest;
import software.amazon.awssdk.services.ec2.model.InstanceSpecification;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Snapshot;
import software.amazon.awssdk.services.ec2.model.SnapshotInfo;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/**
 * Sends one create of a plan, exactly once. Throttling is retried as is: the request was refused, not
 * run. After a 5xx or a broken connection the request may have run and only its answer been lost, so
 * before sending again it asks DescribeSnapshots whether today's tagged snapshot already exists; what
 * is found counts as made, and only the rest is sent again.
 */
final class SnapshotCreator {

    private final Ec2Client ec2;
    private final Backoff backoff;
    private final String policyName;
    private final Clock clock;

    SnapshotCreator(Ec2Client ec2, Backoff backoff, String policyName, Clock clock) {
        this.ec2 = ec2;
        this.backoff = backoff;
        this.policyName = policyName;
        this.clock = clock;
    }

    /** @throws InterruptedException when cancelled during a pause; nothing is half-recorded then */
    List<VolumeOutcome> create(SnapshotCreate planned) throws InterruptedException {
        Map<String, VolumeOutcome> outcomes = new LinkedHashMap<>();
        SnapshotCreate pending = planned;
        boolean mayExist = false;
        for (int attempt = 1; ; attempt++) {
            try {
                if (mayExist) {
                    Map<String, String> found = existingTonight(pending.volumeIds());
                    int sent = attempt - 1;
                    found.forEach((volume, snapshot) -> outcomes.put(volume, outcome(planned, volume, Status.CREATED,
                            snapshot, "Made by an earlier attempt whose answer was lost; found by DescribeSnapshots, "
                                    + "not created twice.", null, sent)));
                    pending = pending.without(found.keySet());
                    if (pending.volumes().isEmpty()) {
                        return ordered(planned, outcomes);
                    }
                    mayExist = false;
                }
                int sent = attempt;
                send(pending).forEach((volume, snapshot) -> outcomes.put(volume, outcome(planned, volume, Status.CREATED,
                        snapshot, planned.volumeIds().contains(volume) ? null
                                : "Not in the plan, but snapshotted with the instance's set (attached since the plan, "
                                + "or the exclusion was not applied).", null, sent)));
                for (String missing : pending.volumeIds()) {
                    outcomes.putIfAbsent(missing, outcome(planned, missing, Status.FAILED, null,
                            "CreateSnapshots answered without this volume: detached since the plan?", null, sent));
                }
                return ordered(planned, outcomes);
            } catch (RuntimeException e) {
                if (Thread.currentThread().isInterrupted()) {
                    // Cancelled while waiting for the region's pace or during the call: the next run finds what was made.
                    throw new InterruptedException();
                }
                Problem problem = AwsErrors.describe(e);
                if (pending.multiVolume() && !mayExist && PendingLimit.ERROR_CODES.contains(problem.code())) {
                    return ordered(planned, oneByOne(planned, pending, problem, outcomes));
                }
                if (!problem.transientError() || attempt >= backoff.maxAttempts()) {
                    String detail = mayExist || mayHaveRun(problem) ? "Gave up after " + attempt + " attempts; if a snapshot was made anyway, the next run "
                            + "finds it and makes no second one." : null;
                    for (String volume : pending.volumeIds()) {
                        outcomes.putIfAbsent(volume, outcome(planned, volume, Status.FAILED, null, detail, problem, attempt));
                    }
                    return ordered(planned, outcomes);
                }
                mayExist |= mayHaveRun(problem);
                backoff.pause(attempt);
            }
        }
    }

    /**
     * EC2 refused the whole set because one of its volumes is at the pending-snapshot limit (one per
     * st1/sc1 volume, five otherwise): each volume is taken on its own, so only that one waits and the
     * others are not left without a backup. Not crash-consistent with each other tonight; the report says so.
     */
    private Map<String, VolumeOutcome> oneByOne(SnapshotCreate planned, SnapshotCreate set, Problem refusal,
                                                Map<String, VolumeOutcome> outcomes) throws InterruptedException {
        String why = "Taken on its own, not with its instance's set: EC2 refused the set (" + refusal.code() + ").";
        for (PlannedVolume volume : set.volumes()) {
            for (VolumeOutcome single : create(set.single(volume))) {
                String detail = single.detail() == null ? why : why + " " + single.detail();
                outcomes.put(single.volumeId(), outcome(planned, single.volumeId(), single.status(), single.snapshotId(),
                        detail, single.problem(), single.attempts() + 1));
            }
        }
        return outcomes;
    }

    /** Throttled requests were refused unrun; a 5xx or a broken connection may have come after the work was done. */
    static boolean mayHaveRun(Problem problem) {
        return problem.transientError() && problem.kind() != Problem.Kind.THROTTLED;
    }

    /** Volume id to the snapshot id made, for the volumes the call covered. */
    private Map<String, String> send(SnapshotCreate create) {
        TagSpecification tags = TagSpecification.builder().resourceType(ResourceType.SNAPSHOT)
                .tags(Tags.toSdk(create.tags())).build();
        if (!create.multiVolume()) {
            String volumeId = create.volumes().get(0).volumeId();
            String snapshotId = ec2.createSnapshot(r -> r.volumeId(volumeId).description(create.description())
                    .tagSpecifications(tags)).snapshotId();
            return Map.of(volumeId, snapshotId);
        }
        InstanceSpecification.Builder instance = InstanceSpecification.builder().instanceId(create.instanceId())
                .excludeBootVolume(create.excludeBootVolume());
        if (!create.excludeDataVolumeIds().isEmpty()) {
            instance.excludeDataVolumeIds(create.excludeDataVolumeIds());
        }
        Map<String, String> made = new LinkedHashMap<>();
        for (SnapshotInfo info : ec2.createSnapshots(CreateSnapshotsRequest.builder().instanceSpecification(instance.build())
                .description(create.description()).tagSpecifications(tags).build()).snapshots()) {
            made.put(info.volumeId(), info.snapshotId());
        }
        return made;
    }

    /** Tonight's snapshots of this policy for these volumes ({@link BackupDay}), as tagged at creation. */
    private Map<String, String> existingTonight(List<String> volumeIds) {
        Map<String, String> found = new HashMap<>();
        for (Snapshot s : PolicySnapshots.of(ec2, policyName, volumeIds)) {
            if (BackupDay.current(s.startTime(), clock.instant())) {
                found.put(s.volumeId(), s.snapshotId());
            }
        }
        return found;
    }

    private static List<VolumeOutcome> ordered(SnapshotCreate planned, Map<String, VolumeOutcome> outcomes) {
        List<VolumeOutcome> result = new ArrayList<>();
        planned.volumeIds().forEach(id -> result.add(outcomes.get(id)));
        outcomes.forEach((id, outcome) -> {
            if (!planned.volumeIds().contains(id)) {
                result.add(outcome);
            }
        });
        return result;
    }

    static VolumeOutcome outcome(SnapshotCreate planned, String volumeId, Status status, String snapshotId, String detail,
                                 Problem problem, int attempts) {
        // Unattached volumes have no device; a volume not in the plan has no known one.
        String device = planned.volumes().stream().filter(v -> v.volumeId().equals(volumeId)).findFirst()
                .map(PlannedVolume::device).orElse(null);
        return new VolumeOutcome(planned.region(), volumeId, planned.instanceId(), planned.instanceName(), device, status,
                snapshotId, detail, problem, attempts);
    }
}
