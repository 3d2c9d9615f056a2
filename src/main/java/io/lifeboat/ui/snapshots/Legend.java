package io.lifeboat.ui.snapshots;

import io.lifeboat.snapshots.SlotStatus;
import io.lifeboat.snapshots.SnapshotOrigin;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;

/** The keys under the canvases: what each colour means. */
final class Legend {

    private static final List<SlotStatus> DAYS = List.of(SlotStatus.MISSED, SlotStatus.BACKED_UP, SlotStatus.NO_SNAPSHOT,
            SlotStatus.IN_PROGRESS, SlotStatus.DUE, SlotStatus.BEYOND_RETENTION, SlotStatus.NOT_PROTECTED);

    private Legend() {
    }

    static void days(FlowPane pane, boolean dark) {
        Palette palette = new Palette(dark);
        pane.getChildren().setAll(DAYS.stream().map(s -> item(new Rectangle(12, 10, palette.status(s)), label(s))).toList());
    }

    static void timeline(FlowPane pane, boolean dark) {
        Palette palette = new Palette(dark);
        days(pane, dark);
        for (SnapshotOrigin origin : SnapshotOrigin.values()) {
            pane.getChildren().add(item(new Rectangle(16, 6, palette.origin(origin).deriveColor(0, 1, 1, 0.6)),
                    "bar: " + origin.label()));
        }
        pane.getChildren().add(item(new Circle(5, palette.state("completed")), "completed"));
        pane.getChildren().add(item(new Circle(5, palette.state("pending")), "pending"));
        pane.getChildren().add(item(new Circle(5, palette.state("error")), "error"));
    }

    private static String label(SlotStatus status) {
        return switch (status) {
            case MISSED -> "missed";
            case BACKED_UP -> "backed up";
            case NO_SNAPSHOT -> "no snapshot, no night missed";
            case IN_PROGRESS -> "in progress";
            case DUE -> "due";
            case BEYOND_RETENTION -> "older than retention";
            case NOT_PROTECTED -> "not protected";
            case BEFORE_VOLUME -> "before the volume";
        };
    }

    private static Node item(javafx.scene.shape.Shape swatch, String text) {
        swatch.setStroke(Color.gray(0.5, 0.5));
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        HBox item = new HBox(5, swatch, label);
        item.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return item;
    }
}
