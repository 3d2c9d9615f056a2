package io.lifeboat.cli;

import io.lifeboat.backup.BackupPlan;
import io.lifeboat.backup.BackupReport;
import io.lifeboat.backup.DeletionOutcome;
import io.lifeboat.backup.Misconfiguration;
import io.lifeboat.backup.PlanSkip;
import io.lifeboat.backup.PlannedVolume;
import io.lifeboat.backup.SnapshotCreate;
import io.lifeboat.backup.SnapshotDeletion;
import io.lifeboat.backup.VolumeOutcome;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/** The plan and the report as terminal text: tables for what is done, one line per thing left alone. */
final class BackupCommandOutput {

    private BackupCommandOutput() {
    }

    static void plan(PrintWriter out, BackupPlan plan) {
        BackupPlan.Totals totals = plan.totals();
        out.println("Backup plan '" + plan.policyName() + "' for " + String.join(", ", plan.regions()) + " on "
                + plan.today() + " (UTC)");
        out.println();
        out.println("Create: " + totals.volumes() + " volumes, " + totals.gibToSnapshot() + " GiB, in "
                + totals.createCalls() + " calls");
        if (!plan.creates().isEmpty()) {
            TextTable table = new TextTable(List.of("REGION", "INSTANCE", "VOLUMES", "GIB", "KEEP", "DELETE-ON", "CALL"));
            for (SnapshotCreate c : plan.creates()) {
                table.add(List.of(c.region(), c.instanceId() == null ? "-" : name(c.instanceName(), c.instanceId()),
                        c.volumes().stream().map(BackupCommandOutput::volume).collect(Collectors.joining(" ")),
                        Long.toString(c.gib()), c.retentionDays() + "d", c.deleteOn().toString(),
                        c.multiVolume() ? "CreateSnapshots" : "CreateSnapshot"));
            }
            table.print(out);
        }
        out.println();
        out.println("Delete: " + totals.deletions() + " expired snapshots, " + totals.gibFreed() + " GiB of volume data");
        if (!plan.deletions().isEmpty()) {
            TextTable table = new TextTable(List.of("REGION", "SNAPSHOT", "VOLUME", "GIB", "DELETE-ON"));
            for (SnapshotDeletion d : plan.deletions()) {
                table.add(List.of(d.region(), d.snapshotId(), d.volumeId(), Integer.toString(d.sizeGiB()),
                        d.deleteOn().toString()));
            }
            table.print(out);
        }
        if (!plan.skips().isEmpty()) {
            out.println();
            out.println("Left alone: " + plan.skips().size());
            for (PlanSkip s : plan.skips()) {
                out.println("  " + s.resourceId() + (s.instanceId() == null ? "" : " (" + name(s.instanceName(), s.instanceId()) + ")")
                        + "  " + s.reason().id() + ": " + s.detail());
            }
        }
        if (!plan.misconfigurations().isEmpty()) {
            out.println();
            out.println("Misconfigured: " + plan.misconfigurations().size());
            for (Misconfiguration m : plan.misconfigurations()) {
                out.println("  " + m.volumeId() + (m.instanceId() == null ? "" : " (" + name(m.instanceName(), m.instanceId()) + ")")
                        + "  " + (m.backedUpAnyway() ? "backed up anyway" : "NOT backed up") + ": " + m.problem());
            }
        }
        plan.failedRegions().forEach((region, problem) -> out.println("Region " + region + " not planned: " + problem.text()));
    }

    static void report(PrintWriter out, BackupReport report) {
        out.println();
        if (!report.volumes().isEmpty()) {
            TextTable table = new TextTable(List.of("VOLUME", "INSTANCE", "DEVICE", "OUTCOME", "SNAPSHOT", "DETAIL"));
            for (VolumeOutcome v : report.volumes()) {
                table.add(List.of(v.volumeId(), v.instanceId() == null ? "-" : name(v.instanceName(), v.instanceId()),
                        v.device() == null ? "-" : v.device(), v.status().id(), v.snapshotId() == null ? "-" : v.snapshotId(),
                        detail(v.detail(), v.problem())));
            }
            table.print(out);
        }
        if (!report.deletions().isEmpty()) {
            TextTable table = new TextTable(List.of("SNAPSHOT", "VOLUME", "OUTCOME", "DETAIL"));
            for (DeletionOutcome d : report.deletions()) {
                table.add(List.of(d.snapshotId(), d.volumeId() == null ? "-" : d.volumeId(), d.status().id(),
                        detail(d.detail(), d.problem())));
            }
            table.print(out);
        }
        out.println(report.summary() + " (" + report.createMillis() + " ms creating, " + report.pruneMillis()
                + " ms deleting)");
    }

    private static String volume(PlannedVolume v) {
        return v.volumeId() + (v.device() == null ? "" : ":" + v.device()) + (v.misconfigured() ? "(!)" : "");
    }

    private static String name(String name, String id) {
        return name == null || name.isBlank() ? id : name;
    }

    private static String detail(String detail, io.lifeboat.aws.Problem problem) {
        if (problem != null) {
            return problem.message() + " [" + problem.code() + "]";
        }
        return detail == null ? "" : detail;
    }
}
