package io.lifeboat.ui.restore;

import io.lifeboat.restore.RestoreWindow;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.DoubleConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A restorable window drawn as a bar, from EarliestRestorableTime to LatestRestorableTime, with the
 * chosen time marked; clicking or dragging on it picks a time. Bounds are labelled in UTC and local time.
 */
final class RestoreWindowBar extends VBox {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz");

    private final Pane track = new Pane();
    private final Region fill = new Region();
    private final Region marker = new Region();
    private final Label from = new Label();
    private final Label to = new Label();
    private final ZoneId zone;
    private double position = -1;
    private DoubleConsumer onPick = p -> { };

    RestoreWindowBar(ZoneId zone) {
        this.zone = zone;
        setSpacing(3);
        track.getStyleClass().add("window-track");
        fill.getStyleClass().add("window-fill");
        marker.getStyleClass().add("window-marker");
        track.setMinHeight(18);
        track.setPrefHeight(18);
        // Placed by hand (layoutMarker): a Pane would size them to their preferred size, nothing.
        fill.setManaged(false);
        marker.setManaged(false);
        track.getChildren().addAll(fill, marker);
        Tooltip.install(track, new Tooltip("Click or drag to choose a time in the window"));
        track.setOnMousePressed(e -> onPick.accept(e.getX() / track.getWidth()));
        track.setOnMouseDragged(e -> onPick.accept(e.getX() / track.getWidth()));
        track.widthProperty().addListener((obs, was, now) -> layoutMarker());
        track.heightProperty().addListener((obs, was, now) -> layoutMarker());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox labels = new HBox(8, from, gap, to);
        labels.setAlignment(Pos.CENTER_LEFT);
        from.getStyleClass().add("text-muted");
        to.getStyleClass().add("text-muted");
        to.setTextAlignment(javafx.scene.text.TextAlignment.RIGHT);
        getChildren().addAll(track, labels);
        setId("restoreWindowBar");
    }

    void onPick(DoubleConsumer action) {
        onPick = action;
    }

    void show(RestoreWindow window) {
        boolean known = window != null && window.latest() != null;
        from.setText(known && window.earliest() != null ? text(window.earliest()) : known ? "start unknown" : "no window yet");
        to.setText(known ? text(window.latest()) : "");
        fill.setVisible(known);
        layoutMarker();
    }

    /** Marks a position from 0 (earliest) to 1 (latest); outside that, no mark. */
    void mark(double where) {
        position = where;
        layoutMarker();
    }

    private String text(Instant time) {
        return UTC.format(time) + "\n" + LOCAL.format(time.atZone(zone));
    }

    private void layoutMarker() {
        double width = track.getWidth();
        double height = track.getHeight();
        fill.resizeRelocate(0, 0, width, height);
        marker.setVisible(position >= 0 && position <= 1);
        marker.resizeRelocate(Math.max(0, Math.min(width - 4, position * width - 2)), -2, 4, height + 4);
    }
}
