package io.lifeboat.backup;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.lifeboat.aws.Problem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a backup run will do, computed before anything changes: the snapshots to create, the expired
 * ones to delete, and everything left alone with its reason. A value: the GUI shows it, the CLI prints
 * it, the runner executes it, and an approval of its deletions is checked against it.
 *
 * @param today the UTC day the plan is for: {@code DeleteOn} dates count from it, and a volume
 *              snapshotted on it is done
 * @param failedRegions regions whose inventory could not be read, with the problem; nothing is planned there
 */
public record BackupPlan(String policyName, Instant plannedAt, LocalDate today, List<String> regions,
                         List<SnapshotCreate> creates, List<SnapshotDeletion> deletions, List<PlanSkip> skips,
                         List<Misconfiguration> misconfigurations, Map<String, Problem> failedRegions) {

    public BackupPlan {
        regions = List.copyOf(regions);
        creates = List.copyOf(creates);
        deletions = List.copyOf(deletions);
        skips = List.copyOf(skips);
        misconfigurations = List.copyOf(misconfigurations);
        failedRegions = Collections.unmodifiableMap(new LinkedHashMap<>(failedRegions));
    }

    /** The plan's figures, derived from its lists. */
    public record Totals(int volumes, long gibToSnapshot, int createCalls, int deletions, long gibFreed, int skipped,
                         int misconfigured) {
    }

    /**
     * GiB freed counts the deleted snapshots' volume sizes: an upper bound, since snapshots are
     * incremental and share blocks.
     */
    @JsonProperty("totals")
    public Totals totals() {
        return new Totals(creates.stream().mapToInt(c -> c.volumes().size()).sum(),
                creates.stream().mapToLong(SnapshotCreate::gib).sum(), creates.size(), deletions.size(),
                deletions.stream().mapToLong(SnapshotDeletion::sizeGiB).sum(), skips.size(), misconfigurations.size());
    }

    public boolean nothingToDo() {
        return creates.isEmpty() && deletions.isEmpty();
    }

    BackupPlan withFailedRegions(Map<String, Problem> failed) {
        return new BackupPlan(policyName, plannedAt, today, regions, creates, deletions, skips, misconfigurations, failed);
    }
}
