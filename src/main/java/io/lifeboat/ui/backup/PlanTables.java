package io.lifeboat.ui.backup;

import io.lifeboat.backup.Misconfiguration;
import io.lifeboat.backup.PlanSkip;
import io.lifeboat.backup.PlannedVolume;
import io.lifeboat.backup.SnapshotCreate;
import io.lifeboat.backup.SnapshotDeletion;
import io.lifeboat.store.BackupRunHistory.BackupRun;
import io.lifeboat.ui.common.Cells;
import io.lifeboat.volumes.BackupTags;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The columns of the Backups view's tables: each row is a domain record, each reason in words. */
final class PlanTables {

    private PlanTables() {
    }

    static void creates(TableView<SnapshotCreate> table) {
        table.getColumns().setAll(List.of(
                text("Region", 90, SnapshotCreate::region),
                text("Instance", 160, c -> c.instanceId() == null ? "(unattached)" : name(c.instanceName(), c.instanceId())),
                text("Volumes", 320, c -> c.volumes().stream().map(PlanTables::volume).collect(Collectors.joining(", "))),
                Cells.<SnapshotCreate, Long>column("GiB", 55, c -> new ReadOnlyObjectWrapper<>(c.gib())),
                text("Keep", 55, c -> c.retentionDays() + " d"),
                text(BackupTags.DELETE_ON, 105, c -> c.deleteOn().toString()),
                badge("Call", 125, c -> c.multiVolume() ? "multi-volume" : "single", c -> c.multiVolume() ? "ok" : "muted"),
                text("Description", 330, SnapshotCreate::description)));
    }

    static void deletions(TableView<SnapshotDeletion> table) {
        table.getColumns().setAll(List.of(
                text("Region", 95, SnapshotDeletion::region),
                text("Snapshot", 210, SnapshotDeletion::snapshotId),
                text("Volume", 190, d -> d.volumeId() == null ? "" : d.volumeId()),
                Cells.<SnapshotDeletion, Integer>column("GiB", 60, d -> new ReadOnlyObjectWrapper<>(d.sizeGiB())),
                text(BackupTags.DELETE_ON, 105, d -> d.deleteOn().toString()),
                text("Started", 165, d -> Cells.time(d.startTime())),
                text("Description", 330, d -> d.description() == null ? "" : d.description())));
    }

    static void skips(TableView<PlanSkip> table) {
        table.getColumns().setAll(List.of(
                text("Region", 95, PlanSkip::region),
                text("Left alone", 210, PlanSkip::resourceId),
                text("Instance", 150, s -> s.instanceId() == null ? "" : name(s.instanceName(), s.instanceId())),
                badge("Reason", 225, s -> s.reason().id(), s -> s.reason().aboutDeletion() ? "warning" : "muted"),
                text("Why", 560, PlanSkip::detail)));
    }

    static void misconfigurations(TableView<Misconfiguration> table) {
        table.getColumns().setAll(List.of(
                text("Volume", 190, Misconfiguration::volumeId),
                text("Instance", 150, m -> m.instanceId() == null ? "" : name(m.instanceName(), m.instanceId())),
                badge("Backed up", 175, m -> m.backedUpAnyway() ? "backed up anyway" : "not backed up",
                        m -> m.backedUpAnyway() ? "warning" : "danger"),
                text("Problem and fix", 620, Misconfiguration::problem)));
    }

    static void report(TableView<OutcomeRow> table) {
        table.getColumns().setAll(List.of(
                text("Region", 95, OutcomeRow::region),
                text("Volume or snapshot", 250, OutcomeRow::resource),
                text("Instance", 150, OutcomeRow::instance),
                badge("Outcome", 150, OutcomeRow::status, OutcomeRow::tone),
                text("Snapshot", 210, OutcomeRow::snapshotId),
                text("Detail", 480, OutcomeRow::detail)));
    }

    static void history(TableView<BackupRun> table) {
        table.getColumns().setAll(List.of(
                text("Started", 165, r -> Cells.time(r.startedAt())),
                text("Profile", 110, r -> r.profile() == null ? "" : r.profile()),
                text("Regions", 170, r -> String.join(", ", r.regions())),
                badge("Outcome", 100, BackupRun::outcome, r -> switch (r.outcome()) {
                    case "done" -> "ok";
                    case "failures" -> "danger";
                    default -> "warning";
                }),
                text("Summary", 520, BackupRun::summary)));
    }

    private static <S> TableColumn<S, String> text(String title, double width, Function<S, String> value) {
        return Cells.column(title, width, row -> new ReadOnlyStringWrapper(value.apply(row)));
    }

    /** A badge in the app's status colours: ok, warning, danger, muted. */
    private static <S> TableColumn<S, String> badge(String title, double width, Function<S, String> value,
                                                   Function<S, String> tone) {
        TableColumn<S, String> column = text(title, width, value);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                S row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row == null || item == null) {
                    setGraphic(null);
                    return;
                }
                Label label = new Label(item);
                label.getStyleClass().addAll("badge", switch (tone.apply(row)) {
                    case "ok" -> "status-ok";
                    case "warning" -> "status-overdue";
                    case "danger" -> "status-never-backed-up";
                    default -> "status-not-covered";
                });
                setGraphic(label);
            }
        });
        return column;
    }

    private static String volume(PlannedVolume v) {
        return v.volumeId() + (v.device() == null ? "" : " " + v.device()) + (v.misconfigured() ? " (!)" : "");
    }

    private static String name(String name, String id) {
        return name == null || name.isBlank() ? id : name;
    }
}
