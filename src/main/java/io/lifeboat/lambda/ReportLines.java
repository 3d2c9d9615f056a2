package io.lifeboat.lambda;

import io.lifeboat.backup.BackupJson;
import io.lifeboat.backup.BackupPlan;
import io.lifeboat.backup.BackupReport;
import io.lifeboat.backup.DeletionOutcome;
import io.lifeboat.backup.VolumeOutcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A run's report and a dry run's plan in the function's log, bounded whatever the fleet: a summary
 * line (outcome, counts, the regions that failed), a line per region with its counts, and the volumes
 * and deletions that failed or were not done, in as many parts as they need. What went well is in the
 * audit lines of each call; the whole report of 10,000 volumes would be megabytes in one line.
 */
final class ReportLines {

    private static final Set<VolumeOutcome.Status> NOT_DONE = Set.of(VolumeOutcome.Status.FAILED,
            VolumeOutcome.Status.CANCELLED, VolumeOutcome.Status.LEFT);
    private static final Set<DeletionOutcome.Status> NOT_DELETED = Set.of(DeletionOutcome.Status.FAILED,
            DeletionOutcome.Status.IN_USE, DeletionOutcome.Status.NOT_APPROVED, DeletionOutcome.Status.CANCELLED,
            DeletionOutcome.Status.LEFT);

    private final LogLines log;

    ReportLines(LogLines log) {
        this.log = log;
    }

    /** The report without its per-volume lists: also the invocation's answer. */
    static Map<String, Object> summary(BackupReport report) {
        Map<String, Object> summary = BackupJson.asMap(report);
        summary.remove("volumes");
        summary.remove("deletions");
        return summary;
    }

    /** The plan without its lists: its totals, what it is for, the regions it could not read. */
    static Map<String, Object> summary(BackupPlan plan) {
        Map<String, Object> summary = BackupJson.asMap(plan);
        List.of("creates", "deletions", "skips", "misconfigurations").forEach(summary::remove);
        return summary;
    }

    void report(BackupReport report) {
        log.line(Map.of("type", "backup-report", "report", summary(report)));
        for (String region : report.regions()) {
            List<VolumeOutcome> volumes = report.volumes().stream().filter(v -> region.equals(v.region())).toList();
            List<DeletionOutcome> deletions = report.deletions().stream().filter(d -> region.equals(d.region())).toList();
            BackupReport ofRegion = new BackupReport(report.policyName(), List.of(region), report.scope(),
                    report.startedAt(), report.endedAt(), 0, 0, volumes, deletions, report.pruneRefusal(),
                    report.failedRegions().containsKey(region) ? Map.of(region, report.failedRegions().get(region)) : Map.of());
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("type", "backup-region");
            line.put("region", region);
            line.put("outcome", ofRegion.outcome());
            line.put("counts", ofRegion.counts());
            log.line(line);
            Map<String, Object> header = Map.of("type", "backup-not-done", "region", region);
            log.parts(header, "volumes", volumes.stream().filter(v -> NOT_DONE.contains(v.status())).toList());
            log.parts(header, "deletions", deletions.stream().filter(d -> NOT_DELETED.contains(d.status())).toList());
        }
    }

    void plan(BackupPlan plan) {
        log.line(Map.of("type", "backup-plan", "plan", summary(plan)));
        for (String region : plan.regions()) {
            Map<String, Object> header = Map.of("type", "backup-plan-part", "region", region);
            log.parts(header, "creates", plan.creates().stream().filter(c -> region.equals(c.region())).toList());
            log.parts(header, "deletions", plan.deletions().stream().filter(d -> region.equals(d.region())).toList());
            log.parts(header, "skips", plan.skips().stream().filter(s -> region.equals(s.region())).toList());
        }
    }
}
