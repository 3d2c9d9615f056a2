package io.lifeboat.ui.volumes;

import io.lifeboat.ui.common.Cells;
import io.lifeboat.volumes.BackupPolicy;
import io.lifeboat.volumes.BackupStatus;
import io.lifeboat.volumes.VolumeColumn;
import io.lifeboat.volumes.VolumeRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The inventory table's columns, typed so that sizes sort as numbers and times as times. Each
 * column is keyed by its {@link VolumeColumn} so the CSV export writes what is visible.
 */
final class VolumeTable {

    private final Map<VolumeColumn, TableColumn<VolumeRecord, ?>> columns = new LinkedHashMap<>();
    private final TableColumn<VolumeRecord, Instant> age;

    VolumeTable(TableView<VolumeRecord> table, Supplier<Instant> now) {
        text(VolumeColumn.NAME, 165);
        text(VolumeColumn.VOLUME_ID, 200);
        text(VolumeColumn.INSTANCE_NAME, 150);
        // Status and policy come before device and size: at 1280 px, beside the details pane, they are the
        // columns an operator looks for and the first that would otherwise scroll out of sight.
        TableColumn<VolumeRecord, BackupStatus> status = Cells.column(VolumeColumn.STATUS.header(), 150,
                r -> new ReadOnlyObjectWrapper<>(r.status()));
        status.setCellFactory(c -> new StatusBadges.StatusCell<>());
        columns.put(VolumeColumn.STATUS, status);
        TableColumn<VolumeRecord, BackupPolicy.Kind> policy = Cells.column(VolumeColumn.POLICY.header(), 125,
                r -> new ReadOnlyObjectWrapper<>(r.policy().kind()));
        policy.setCellFactory(c -> new StatusBadges.PolicyCell<>());
        columns.put(VolumeColumn.POLICY, policy);
        number(VolumeColumn.RETENTION, 80, r -> r.policy().backedUp() ? r.policy().retentionDays() : null);
        TableColumn<VolumeRecord, Instant> last = Cells.timeColumn("Last snapshot", 170, VolumeRecord::lastSnapshot);
        columns.put(VolumeColumn.LAST_SNAPSHOT, last);
        age = Cells.column("Age", 60, r -> new ReadOnlyObjectWrapper<>(r.lastSnapshot()));
        age.setComparator(java.util.Comparator.nullsFirst(java.util.Comparator.reverseOrder()));
        age.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Instant value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : VolumeColumn.age(value, now.get()));
            }
        });
        text(VolumeColumn.DEVICE, 92);
        number(VolumeColumn.SIZE, 100, r -> r.volume().sizeGiB());
        text(VolumeColumn.TYPE, 55);
        number(VolumeColumn.IOPS, 60, r -> r.volume().iops());
        number(VolumeColumn.THROUGHPUT, 80, r -> r.volume().throughput());
        text(VolumeColumn.STATE, 70);
        text(VolumeColumn.INSTANCE_ID, 180);
        text(VolumeColumn.REGION, 95);
        text(VolumeColumn.AVAILABILITY_ZONE, 95);
        text(VolumeColumn.ENCRYPTED, 75);
        text(VolumeColumn.PROBLEM, 320);
        columns.get(VolumeColumn.REGION).setVisible(false);
        columns.get(VolumeColumn.PROBLEM).setVisible(false);
        columns.get(VolumeColumn.THROUGHPUT).setVisible(false);
        columns.get(VolumeColumn.ENCRYPTED).setVisible(false);
        columns.forEach((key, column) -> column.setId("col-" + key.name().toLowerCase()));
        age.setId("col-age");
        List<TableColumn<VolumeRecord, ?>> ordered = new ArrayList<>(columns.values());
        ordered.add(ordered.indexOf(columns.get(VolumeColumn.LAST_SNAPSHOT)) + 1, age);
        table.getColumns().setAll(ordered);
    }

    private void text(VolumeColumn key, double width) {
        columns.put(key, Cells.column(key.header(), width, r -> new ReadOnlyStringWrapper(key.text(r))));
    }

    private void number(VolumeColumn key, double width, java.util.function.Function<VolumeRecord, Integer> value) {
        columns.put(key, Cells.column(key.header(), width, r -> new ReadOnlyObjectWrapper<>(value.apply(r))));
    }

    Map<VolumeColumn, TableColumn<VolumeRecord, ?>> columns() {
        return columns;
    }

    TableColumn<VolumeRecord, Instant> ageColumn() {
        return age;
    }

    /** The columns the user sees, in the table's current order, for the CSV export. */
    List<VolumeColumn> visible(TableView<VolumeRecord> table) {
        List<VolumeColumn> visible = new ArrayList<>();
        for (TableColumn<VolumeRecord, ?> column : table.getColumns()) {
            columns.forEach((key, c) -> {
                if (c == column && c.isVisible()) {
                    visible.add(key);
                }
            });
        }
        return visible;
    }
}
