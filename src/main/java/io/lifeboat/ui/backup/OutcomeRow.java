package io.lifeboat.ui.backup;

import io.lifeboat.backup.BackupReport;
import io.lifeboat.backup.DeletionOutcome;
import io.lifeboat.backup.VolumeOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a report's table: a volume's outcome or a due snapshot's.
 *
 * @param tone how the outcome reads at a glance: ok, warning, danger or muted
 */
record OutcomeRow(String region, String resource, String instance, String status, String tone, String snapshotId,
                  String detail) {

    /** The volume this row is about, or {@code null} for a deletion's row. */
    String volumeId() {
        return resource.startsWith("vol-") ? resource.split(" ", 2)[0] : null;
    }

    static List<OutcomeRow> of(BackupReport report) {
        List<OutcomeRow> rows = new ArrayList<>();
        for (VolumeOutcome v : report.volumes()) {
            String instance = v.instanceId() == null ? "" : v.instanceName() == null || v.instanceName().isBlank()
                    ? v.instanceId() : v.instanceName();
            rows.add(new OutcomeRow(v.region(), v.volumeId() + (v.device() == null ? "" : " (" + v.device() + ")"), instance,
                    v.status().id(), tone(v.status()), v.snapshotId() == null ? "" : v.snapshotId(),
                    text(v.detail(), v.problem())));
        }
        for (DeletionOutcome d : report.deletions()) {
            rows.add(new OutcomeRow(d.region(), d.snapshotId(), "", "deletion " + d.status().id(), tone(d.status()),
                    d.snapshotId(), d.status() == DeletionOutcome.Status.NOT_APPROVED ? report.pruneRefusal()
                    : text(d.detail(), d.problem())));
        }
        return rows;
    }

    private static String tone(VolumeOutcome.Status status) {
        return switch (status) {
            case CREATED -> "ok";
            case ALREADY_DONE -> "muted";
            case FAILED -> "danger";
            case CANCELLED, LEFT -> "warning";
        };
    }

    private static String tone(DeletionOutcome.Status status) {
        return switch (status) {
            case DELETED, ALREADY_GONE -> "ok";
            case IN_USE, NOT_APPROVED, CANCELLED, LEFT -> "warning";
            case FAILED -> "danger";
        };
    }

    private static String text(String detail, io.lifeboat.aws.Problem problem) {
        if (problem != null) {
            return problem.message() + " [" + problem.code() + "]" + (detail == null ? "" : " " + detail);
        }
        return detail == null ? "" : detail;
    }
}
