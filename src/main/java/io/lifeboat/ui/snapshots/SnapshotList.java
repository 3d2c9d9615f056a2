package io.lifeboat.ui.snapshots;

import io.lifeboat.inventory.Ec2Snapshot;
import io.lifeboat.snapshots.SnapshotOrigin;
import io.lifeboat.snapshots.SnapshotRow;
import io.lifeboat.ui.common.Cells;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import atlantafx.base.controls.CustomTextField;

/** Binds the "All snapshots" tab: every snapshot of the region, filtered, with the actions on a selection. */
final class SnapshotList {

    private static final String ALL_ORIGINS = "All origins";

    /** The nodes of the tab; {@code buttons}: timeline, retention, copy, restore, delete. */
    record Nodes(CustomTextField search, ComboBox<String> origin, CheckBox orphansOnly, Label totals,
                 TableView<SnapshotRow> table, Label tags, Label selection, List<Button> buttons) {
    }

    private final SnapshotsViewModel model;
    private final Nodes nodes;
    private final BiConsumer<String, String> openTimeline;

    SnapshotList(SnapshotsViewModel model, ObservableBooleanValue readOnly, Nodes nodes, BiConsumer<String, String> openTimeline) {
        this.model = model;
        this.nodes = nodes;
        this.openTimeline = openTimeline;
        nodes.origin().getItems().add(ALL_ORIGINS);
        for (SnapshotOrigin o : SnapshotOrigin.values()) {
            nodes.origin().getItems().add(o.label());
        }
        nodes.origin().setValue(ALL_ORIGINS);
        TableView<SnapshotRow> table = nodes.table();
        FilteredList<SnapshotRow> filtered = new FilteredList<>(model.rows());
        filtered.predicateProperty().bind(Bindings.createObjectBinding(() -> this::matches, nodes.search().textProperty(),
                nodes.origin().valueProperty(), nodes.orphansOnly().selectedProperty()));
        SortedList<SnapshotRow> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("snapshotsTable");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("No snapshot matches."));
        table.getColumns().setAll(columns());
        table.setRowFactory(t -> {
            TableRow<SnapshotRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    openTimeline();
                }
            });
            return row;
        });
        nodes.totals().textProperty().bind(Bindings.createStringBinding(() -> filtered.size() + " shown, " + filtered.stream()
                .mapToLong(r -> r.snapshot().volumeSizeGiB()).sum() + " GiB of volume data", filtered));
        var selection = table.getSelectionModel().getSelectedItems();
        nodes.selection().textProperty().bind(Bindings.createStringBinding(() -> selection.isEmpty() ? ""
                : selection.size() + " selected, " + selection.stream().mapToLong(r -> r.snapshot().volumeSizeGiB()).sum()
                        + " GiB", selection));
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> nodes.tags().setText(now == null ? ""
                : now.id() + " tags: " + new TreeMap<>(now.snapshot().tags()).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("   "))));
        var none = Bindings.isEmpty(selection);
        var locked = Bindings.createBooleanBinding(readOnly::get, readOnly);
        nodes.buttons().get(0).disableProperty().bind(Bindings.size(selection).isNotEqualTo(1));
        nodes.buttons().get(1).disableProperty().bind(none.or(locked));
        nodes.buttons().get(2).disableProperty().bind(none.or(locked));
        nodes.buttons().get(3).disableProperty().bind(Bindings.size(selection).isNotEqualTo(1).or(locked));
        nodes.buttons().get(4).disableProperty().bind(none.or(locked));
    }

    private List<TableColumn<SnapshotRow, ?>> columns() {
        TableColumn<SnapshotRow, Instant> started = Cells.timeColumn("Started", 165, SnapshotRow::startTime);
        started.setSortType(TableColumn.SortType.DESCENDING);
        return List.of(
                Cells.column("Snapshot", 205, r -> new ReadOnlyStringWrapper(r.id())),
                Cells.column("Volume", 240, r -> new ReadOnlyStringWrapper(r.copyOf() != null ? "copy of " + r.copyOf()
                        : r.orphan() ? r.snapshot().volumeId() + " (gone)"
                        : r.volumeName().isBlank() ? r.snapshot().volumeId() : r.volumeName())),
                Cells.column("Instance", 140, r -> new ReadOnlyStringWrapper(r.instanceName())),
                Cells.column("Origin", 150, r -> new ReadOnlyStringWrapper(r.origin().label())),
                started,
                Cells.column("State", 95, r -> new ReadOnlyStringWrapper(r.snapshot().shownState())),
                Cells.column("Size (GiB)", 100, r -> new ReadOnlyObjectWrapper<>(r.snapshot().volumeSizeGiB())),
                Cells.column("Kept until", 100, r -> new ReadOnlyStringWrapper(r.deleteOn() == null ? "" : r.deleteOn())),
                Cells.column("Description", 360, r -> new ReadOnlyStringWrapper(Cells.orEmpty(r.snapshot().description()))));
    }

    private boolean matches(SnapshotRow row) {
        String wantedOrigin = nodes.origin().getValue();
        if (wantedOrigin != null && !ALL_ORIGINS.equals(wantedOrigin) && !row.origin().label().equals(wantedOrigin)) {
            return false;
        }
        if (nodes.orphansOnly().isSelected() && !row.orphan()) {
            return false;
        }
        String text = nodes.search().getText() == null ? "" : nodes.search().getText().trim().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return true;
        }
        String haystack = (row.id() + " " + row.snapshot().volumeId() + " " + row.volumeName() + " " + row.instanceName()
                + " " + Cells.orEmpty(row.snapshot().description())).toLowerCase(Locale.ROOT);
        return haystack.contains(text);
    }

    List<Ec2Snapshot> selected() {
        return nodes.table().getSelectionModel().getSelectedItems().stream().map(SnapshotRow::snapshot).toList();
    }

    void openTimeline() {
        SnapshotRow row = nodes.table().getSelectionModel().getSelectedItem();
        if (row != null && row.snapshot().volumeId() != null) {
            openTimeline.accept(row.region(), row.snapshot().volumeId());
        }
    }
}
