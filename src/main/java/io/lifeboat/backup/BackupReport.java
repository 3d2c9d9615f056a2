package io.lifeboat.backup;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import io.lifeboat.aws.Problem;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What a run did: one outcome per volume and per due snapshot, why the deletions were refused if
 * they were, and how long each part took. Kept as JSON in the run history and the Lambda's log.
 *
 * @param pruneRefusal why the deletions did not run (no approval, or one for another plan), or {@code null}
 * @param failedRegions regions whose inventory could not be read, so nothing was planned there
 */
public record BackupReport(String policyName, List<String> regions, RunScope scope, Instant startedAt,
                           Instant endedAt, long createMillis, long pruneMillis, List<VolumeOutcome> volumes,
                           List<DeletionOutcome> deletions, String pruneRefusal, Map<String, Problem> failedRegions) {

    public BackupReport {
        regions = List.copyOf(regions);
        volumes = List.copyOf(volumes);
        deletions = List.copyOf(deletions);
        failedRegions = failedRegions == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(failedRegions));
    }

    public enum Outcome {
        DONE("done"),
        /** Some volume, deletion or region failed. */
        FAILURES("failures"),
        /** Nothing failed, but the time budget ran out with work left: run again to continue. */
        INCOMPLETE("incomplete"),
        /** Nothing failed, but the deletions were not approved. */
        REFUSED("refused"),
        CANCELLED("cancelled");

        private final String id;

        Outcome(String id) {
            this.id = id;
        }

        @JsonValue
        public String id() {
            return id;
        }
    }

    /** @param left volumes and deletions not started because the time budget was running out */
    public record Counts(int created, int alreadyDone, int failed, int cancelled, int deleted, int alreadyGone,
                         int inUse, int notApproved, int deletionsFailed, int left) {
    }

    @JsonProperty("counts")
    public Counts counts() {
        return new Counts(volumes(VolumeOutcome.Status.CREATED), volumes(VolumeOutcome.Status.ALREADY_DONE),
                volumes(VolumeOutcome.Status.FAILED),
                volumes(VolumeOutcome.Status.CANCELLED) + deletions(DeletionOutcome.Status.CANCELLED),
                deletions(DeletionOutcome.Status.DELETED), deletions(DeletionOutcome.Status.ALREADY_GONE),
                deletions(DeletionOutcome.Status.IN_USE), deletions(DeletionOutcome.Status.NOT_APPROVED),
                deletions(DeletionOutcome.Status.FAILED),
                volumes(VolumeOutcome.Status.LEFT) + deletions(DeletionOutcome.Status.LEFT));
    }

    @JsonProperty("outcome")
    public Outcome outcome() {
        Counts counts = counts();
        if (counts.failed() > 0 || counts.deletionsFailed() > 0 || !failedRegions.isEmpty()) {
            return Outcome.FAILURES;
        }
        if (counts.left() > 0) {
            return Outcome.INCOMPLETE;
        }
        if (pruneRefusal != null) {
            return Outcome.REFUSED;
        }
        return counts.cancelled() > 0 ? Outcome.CANCELLED : Outcome.DONE;
    }

    /** Whether the time budget stopped the run with work left, whatever else happened: run again to continue. */
    @JsonProperty("stoppedByBudget")
    public boolean stoppedByBudget() {
        return counts().left() > 0;
    }

    /** One line, for the history list, the CLI's last line and the Lambda's error. */
    @JsonProperty("summary")
    public String summary() {
        Counts c = counts();
        StringBuilder text = new StringBuilder()
                .append(c.created()).append(c.created() == 1 ? " snapshot" : " snapshots").append(" created");
        append(text, c.alreadyDone(), "already done today");
        append(text, c.failed(), c.failed() == 1 ? "volume failed" : "volumes failed");
        text.append("; ").append(c.deleted()).append(" deleted");
        append(text, c.alreadyGone(), "already gone");
        append(text, c.inUse(), "in use by an AMI");
        append(text, c.notApproved(), "not approved");
        append(text, c.deletionsFailed(), c.deletionsFailed() == 1 ? "deletion failed" : "deletions failed");
        append(text, c.cancelled(), "cancelled");
        append(text, c.left(), "left for the next run (time budget)");
        append(text, failedRegions.size(), failedRegions.size() == 1 ? "region unreadable" : "regions unreadable");
        return text.toString();
    }

    private static void append(StringBuilder text, int count, String what) {
        if (count > 0) {
            text.append(", ").append(count).append(' ').append(what);
        }
    }

    private int volumes(VolumeOutcome.Status status) {
        return count(volumes, v -> v.status() == status);
    }

    private int deletions(DeletionOutcome.Status status) {
        return count(deletions, d -> d.status() == status);
    }

    private static <T> int count(List<T> items, Predicate<T> test) {
        return (int) items.stream().filter(test).count();
    }
}
