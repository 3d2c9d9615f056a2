package io.lifeboat.ui.snapshots;

import io.lifeboat.snapshots.FleetRow;
import io.lifeboat.snapshots.SnapshotRow;
import io.lifeboat.ui.common.Cells;
import io.lifeboat.volumes.TagCondition;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import atlantafx.base.controls.CustomTextField;

/** Binds the Fleet tab: its filters, the heat map, the orphans and their deletion. */
final class FleetPane {

    private final SnapshotsViewModel model;
    private final FleetViewModel fleet;
    private final HeatMapCanvas heatMap;
    private final TableView<SnapshotRow> orphans;

    /** The nodes of the tab, from the FXML. */
    record Nodes(StackPane host, CustomTextField search, TextField tag, FlowPane tagChips, ToggleButton days30,
                 ToggleButton days90, Label summary, FlowPane legend, TableView<SnapshotRow> orphans, Label orphanSummary,
                 Button deleteOrphans) {
    }

    FleetPane(SnapshotsViewModel model, ObservableBooleanValue readOnly, BooleanProperty dark, Consumer<FleetRow> open,
              Nodes nodes) {
        this.model = model;
        this.fleet = model.fleet();
        this.heatMap = new HeatMapCanvas(fleet, dark, open);
        this.orphans = nodes.orphans();
        nodes.host().getChildren().setAll(heatMap);
        nodes.search().textProperty().bindBidirectional(fleet.filters().textProperty());
        nodes.tag().setOnAction(e -> {
            if (fleet.filters().addTag(nodes.tag().getText())) {
                nodes.tag().clear();
            }
        });
        fleet.filters().tags().addListener((ListChangeListener<TagCondition>) c -> chips(nodes.tagChips()));
        ToggleGroup days = new ToggleGroup();
        nodes.days30().setToggleGroup(days);
        nodes.days90().setToggleGroup(days);
        nodes.days30().setSelected(fleet.daysProperty().get() == 30);
        nodes.days90().setSelected(fleet.daysProperty().get() == 90);
        nodes.days30().setOnAction(e -> choose(nodes.days30(), 30));
        nodes.days90().setOnAction(e -> choose(nodes.days90(), 90));
        nodes.summary().textProperty().bind(fleet.summaryProperty());
        Legend.days(nodes.legend(), dark.get());
        dark.addListener((obs, was, now) -> Legend.days(nodes.legend(), now));
        orphanTable();
        nodes.orphanSummary().textProperty().bind(Bindings.createStringBinding(() -> fleet.orphans().size()
                + " snapshots whose volume is gone, " + fleet.orphans().stream().mapToLong(r -> r.snapshot().volumeSizeGiB()).sum()
                + " GiB of volume data", fleet.orphans()));
        nodes.deleteOrphans().disableProperty().bind(Bindings.isEmpty(orphans.getSelectionModel().getSelectedItems())
                .or(Bindings.createBooleanBinding(readOnly::get, readOnly)));
    }

    HeatMapCanvas heatMap() {
        return heatMap;
    }

    private void choose(ToggleButton button, int days) {
        button.setSelected(true);
        fleet.daysProperty().set(days);
    }

    private void chips(FlowPane pane) {
        pane.getChildren().setAll(fleet.filters().tags().stream().map(condition -> {
            Button chip = new Button(condition.label() + "  \u2715");
            chip.getStyleClass().addAll("flat", "small");
            chip.setOnAction(e -> fleet.filters().tags().remove(condition));
            return chip;
        }).toList());
    }

    private void orphanTable() {
        orphans.setId("orphansTable");
        orphans.setItems(fleet.orphans());
        orphans.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        orphans.setPlaceholder(new Label("No orphan: every snapshot's volume still exists."));
        orphans.getColumns().setAll(List.of(
                Cells.column("Snapshot", 205, r -> new ReadOnlyStringWrapper(r.id())),
                Cells.column("Volume (gone)", 195, r -> new ReadOnlyStringWrapper(r.snapshot().volumeId())),
                Cells.column("Last known as", 170, r -> new ReadOnlyStringWrapper(r.instanceName())),
                Cells.timeColumn("Started", 165, SnapshotRow::startTime),
                Cells.column("Age (days)", 105, r -> new ReadOnlyObjectWrapper<>(r.startTime() == null ? null
                        : Duration.between(r.startTime(), model.now()).toDays())),
                Cells.column("Size (GiB)", 100, r -> new ReadOnlyObjectWrapper<>(r.snapshot().volumeSizeGiB())),
                Cells.column("Kept until", 100, r -> new ReadOnlyStringWrapper(r.deleteOn() == null ? "" : r.deleteOn())),
                Cells.column("Origin", 150, r -> new ReadOnlyStringWrapper(r.origin().label())),
                Cells.column("Description", 300, r -> new ReadOnlyStringWrapper(Cells.orEmpty(r.snapshot().description())))));
    }

    void deleteSelected() {
        model.actions().delete(orphans.getSelectionModel().getSelectedItems().stream().map(SnapshotRow::snapshot).toList());
    }
}
