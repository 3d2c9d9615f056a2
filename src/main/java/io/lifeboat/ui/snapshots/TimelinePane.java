package io.lifeboat.ui.snapshots;

import io.lifeboat.snapshots.RegionSnapshots;
import io.lifeboat.snapshots.VolumeTimeline;
import io.lifeboat.ui.common.Cells;
import io.lifeboat.ui.common.DialogService;
import io.lifeboat.volumes.VolumeRecord;
import java.util.Comparator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Binds the Timeline tab: the volume chooser, zoom, the canvas, the details of what is selected. */
final class TimelinePane {

    private final SnapshotsViewModel model;
    private final TimelineViewModel timeline;
    private final TimelineCanvas canvas;
    private final MarkDetails details;
    private final ComboBox<VolumeRecord> volumeChoice;
    private boolean syncing;

    TimelinePane(SnapshotsViewModel model, DialogService dialogs, ObservableBooleanValue readOnly, BooleanProperty dark,
                 Nodes nodes) {
        this.model = model;
        this.timeline = model.timeline();
        this.canvas = new TimelineCanvas(timeline, dark);
        this.details = new MarkDetails(nodes.details(), model, dialogs, readOnly);
        this.volumeChoice = nodes.volumeChoice();
        nodes.host().getChildren().setAll(canvas);
        nodes.title().textProperty().bind(timeline.titleProperty());
        nodes.wholeInstance().selectedProperty().bindBidirectional(timeline.wholeInstanceProperty());
        nodes.snapshotNow().disableProperty().bind(timeline.volumeIdProperty().isNull()
                .or(javafx.beans.binding.Bindings.createBooleanBinding(readOnly::get, readOnly)));
        zoomButtons(nodes.zoomButtons());
        volumeChooser();
        timeline.lanes().addListener((ListChangeListener<VolumeTimeline>) c -> nodes.basis().setText(
                timeline.lanes().isEmpty() ? "" : timeline.lanes().get(0).protection().basis()));
        timeline.selectedProperty().addListener((obs, was, mark) -> {
            if (mark != null) {
                details.show(mark, timeline.zone());
            } else if (timeline.selectedDayProperty().get() == null) {
                details.showNothing();
            }
        });
        timeline.selectedDayProperty().addListener((obs, was, day) -> {
            if (day != null) {
                details.show(day, timeline.lanes());
            } else if (timeline.selectedProperty().get() == null) {
                details.showNothing();
            }
        });
        Legend.timeline(nodes.legend(), dark.get());
        dark.addListener((obs, was, now) -> Legend.timeline(nodes.legend(), now));
    }

    /** The nodes of the tab, from the FXML. */
    record Nodes(StackPane host, VBox details, ComboBox<VolumeRecord> volumeChoice, CheckBox wholeInstance, HBox zoomButtons,
                 Button snapshotNow, Label title, Label basis, FlowPane legend) {
    }

    TimelineCanvas canvas() {
        return canvas;
    }

    private void zoomButtons(HBox box) {
        ToggleGroup group = new ToggleGroup();
        for (TimelineViewModel.Zoom zoom : TimelineViewModel.Zoom.values()) {
            ToggleButton button = new ToggleButton(zoom.label());
            button.setId("zoom" + zoom.label());
            button.setToggleGroup(group);
            button.setSelected(timeline.zoomProperty().get() == zoom);
            button.setOnAction(e -> {
                timeline.zoom(zoom);
                button.setSelected(true);
            });
            box.getChildren().add(button);
        }
        timeline.zoomProperty().addListener((obs, was, now) -> group.getToggles().get(now.ordinal()).setSelected(true));
    }

    private void volumeChooser() {
        volumeChoice.setConverter(Cells.converter(
                v -> v.name().isBlank() ? v.volumeId() : v.name() + "  (" + v.volumeId() + ")"));
        model.dataProperty().addListener((obs, was, data) -> listVolumes(data));
        volumeChoice.valueProperty().addListener((obs, was, chosen) -> {
            if (!syncing && chosen != null) {
                timeline.show(chosen.volumeId());
            }
        });
        timeline.volumeIdProperty().addListener((obs, was, id) -> select(id));
    }

    private void listVolumes(RegionSnapshots data) {
        syncing = true;
        try {
            volumeChoice.getItems().setAll(data == null ? java.util.List.of() : data.volumes().stream()
                    .sorted(Comparator.comparing((VolumeRecord v) -> v.name().isBlank() ? "~" + v.volumeId() : v.name()))
                    .toList());
        } finally {
            syncing = false;
        }
        select(timeline.volumeIdProperty().get());
    }

    private void select(String volumeId) {
        syncing = true;
        try {
            volumeChoice.setValue(volumeChoice.getItems().stream().filter(v -> v.volumeId().equals(volumeId)).findFirst()
                    .orElse(null));
        } finally {
            syncing = false;
        }
    }

    /** Snapshot now for the volume shown. */
    void snapshotNow() {
        RegionSnapshots data = model.dataProperty().get();
        String volume = timeline.volumeIdProperty().get();
        if (data != null && volume != null && data.volume(volume) != null) {
            model.actions().snapshotNow(data.volume(volume));
        }
    }
}
