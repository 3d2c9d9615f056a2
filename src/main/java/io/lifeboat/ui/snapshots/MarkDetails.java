package io.lifeboat.ui.snapshots;

import static io.lifeboat.ui.common.Details.grid;
import static io.lifeboat.ui.common.Details.muted;
import static io.lifeboat.ui.common.Details.section;

import io.lifeboat.aws.ConsoleLinks;
import io.lifeboat.snapshots.CopyRef;
import io.lifeboat.snapshots.DaySlot;
import io.lifeboat.snapshots.TimelineMark;
import io.lifeboat.snapshots.VolumeTimeline;
import io.lifeboat.ui.common.DialogService;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The details pane of the timeline: the selected snapshot (all it is, and what can be done with it), or day. */
final class MarkDetails {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final VBox pane;
    private final SnapshotsViewModel model;
    private final DialogService dialogs;
    private final ObservableBooleanValue readOnly;

    MarkDetails(VBox pane, SnapshotsViewModel model, DialogService dialogs, ObservableBooleanValue readOnly) {
        this.pane = pane;
        this.model = model;
        this.dialogs = dialogs;
        this.readOnly = readOnly;
        showNothing();
    }

    void showNothing() {
        pane.getChildren().setAll(muted("Hover a snapshot or a day for its details; click to select it. Drag or scroll to "
                + "move in time, Ctrl+scroll to zoom."));
    }

    void show(TimelineMark mark, ZoneId zone) {
        String region = model.regions().region();
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("Started", TIME.format(mark.start().atZone(zone)) + " (" + zone.getId() + ")");
        rows.put("State", mark.snapshot().pending() ? "pending, " + mark.snapshot().progressPercent() + "%"
                : mark.snapshot().state());
        rows.put("Size", mark.snapshot().volumeSizeGiB() + " GiB" + (mark.snapshot().encrypted() ? ", encrypted" : ""));
        rows.put("Made by", mark.origin().label());
        rows.put("Kept until", mark.keepUntil() != null ? mark.keepUntil() + " (DeleteOn)" : mark.keepUnreadable()
                ? "DeleteOn '" + mark.snapshot().tag("DeleteOn") + "' cannot be read: kept" : "indefinitely (no DeleteOn)");
        rows.put("Used by AMI", mark.imageId() == null ? "no" : mark.imageId() + " (cannot be deleted while it exists)");
        rows.put("Copies", mark.copies().isEmpty() ? "none in the regions loaded" : String.join("\n",
                mark.copies().stream().map(MarkDetails::copy).toList()));
        rows.put("Description", mark.snapshot().description() == null ? "" : mark.snapshot().description());
        Hyperlink console = new Hyperlink("Open in AWS console");
        console.setOnAction(e -> dialogs.openLink(ConsoleLinks.snapshot(region, mark.id())));
        Hyperlink copyId = new Hyperlink("Copy ID");
        copyId.setOnAction(e -> dialogs.copyToClipboard(mark.id()));
        pane.getChildren().setAll(title(mark.id()), new FlowPane(6, 4, console, copyId), actions(mark), grid(rows),
                section("Tags"), mark.snapshot().tags().isEmpty() ? muted("No tags.") : grid(new TreeMap<>(mark.snapshot().tags())));
    }

    void show(DaySlot day, List<VolumeTimeline> lanes) {
        Label title = title(day.day() + ": " + day.status().label());
        title.setId("dayDetailsTitle");
        String why = switch (day.status()) {
            case MISSED -> "The policy expected a nightly backup and none was taken, or it failed. The night before and "
                    + "after are judged as the backup engine judges a night (20 hours).";
            case NO_SNAPSHOT -> "No snapshot was started this day, yet no night was missed: the run crossed midnight, or "
                    + "came late.";
            case BEYOND_RETENTION -> "Older than the retention: its snapshot would have been deleted by now, so its absence "
                    + "says nothing.";
            case NOT_PROTECTED -> "The volume was not protected then (opted out or not covered): nothing was expected.";
            case DUE -> "Tonight's backup may still come: its window is not over.";
            case IN_PROGRESS -> "A snapshot started this day is still pending.";
            case BACKED_UP -> "A completed snapshot was started this day.";
            case BEFORE_VOLUME -> "The volume did not exist yet.";
        };
        pane.getChildren().setAll(title, wrapped(why), muted(day.snapshots() + " snapshot" + (day.snapshots() == 1 ? "" : "s")
                + " started this day."), lanes.isEmpty() ? muted("") : wrapped(lanes.get(0).protection().basis()));
    }

    private Node actions(TimelineMark mark) {
        Button retention = button("Change retention\u2026", "markRetention",
                () -> model.actions().changeRetention(List.of(mark.snapshot())), false);
        Button delete = button("Delete\u2026", "markDelete", () -> model.actions().delete(List.of(mark.snapshot())), false);
        delete.getStyleClass().add("danger");
        Button copy = button("Copy to region\u2026", "markCopy", () -> model.actions().copy(List.of(mark.snapshot())), false);
        // Only a completed snapshot can make a volume.
        Button restore = button("Restore to volume\u2026", "markRestore", () -> model.actions().restore(mark.snapshot()),
                !mark.snapshot().completed());
        FlowPane buttons = new FlowPane(6, 6, retention, copy, restore, delete);
        return buttons;
    }

    private Button button(String text, String id, Runnable action, boolean unavailable) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        button.disableProperty().bind(Bindings.createBooleanBinding(() -> unavailable || readOnly.get(), readOnly));
        return button;
    }

    private static String copy(CopyRef copy) {
        return copy.region() + ": " + copy.snapshotId() + " (" + ("pending".equals(copy.state())
                ? "copying, " + copy.progressPercent() + "%" : copy.state()) + ")";
    }

    private static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("title-4");
        label.setWrapText(true);
        return label;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

}
