package io.lifeboat.ui.volumes;

import static io.lifeboat.ui.common.Details.grid;
import static io.lifeboat.ui.common.Details.muted;
import static io.lifeboat.ui.common.Details.section;

import io.lifeboat.aws.ConsoleLinks;
import io.lifeboat.ui.common.Cells;
import io.lifeboat.ui.common.DialogService;
import io.lifeboat.volumes.SnapshotRef;
import io.lifeboat.volumes.VolumeColumn;
import io.lifeboat.volumes.VolumeRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The details pane: everything about the selected volume, and its policy in a sentence. */
final class VolumeDetails {

    private final VBox pane;
    private final DialogService dialogs;
    private final java.util.function.Consumer<VolumeRecord> openTimeline;

    VolumeDetails(VBox pane, DialogService dialogs, java.util.function.Consumer<VolumeRecord> openTimeline) {
        this.pane = pane;
        this.dialogs = dialogs;
        this.openTimeline = openTimeline;
        showNothing();
    }

    void showNothing() {
        pane.getChildren().setAll(muted("Select a volume to see its tags, attachment, latest snapshots and policy."));
    }

    void showMany(List<VolumeRecord> selection) {
        long gib = selection.stream().mapToLong(r -> r.volume().sizeGiB()).sum();
        pane.getChildren().setAll(title(selection.size() + " volumes selected"), muted(gib + " GiB in all."),
                muted("Edit tags applies to all of them (or to their instances)."));
    }

    void show(VolumeRecord record, Instant now) {
        Hyperlink console = new Hyperlink("Open in AWS console");
        console.setOnAction(e -> dialogs.openLink(ConsoleLinks.volume(record.region(), record.volumeId())));
        Hyperlink copy = new Hyperlink("Copy ID");
        copy.setOnAction(e -> dialogs.copyToClipboard(record.volumeId()));
        Hyperlink timeline = new Hyperlink("Backup timeline");
        timeline.setId("openTimeline");
        timeline.setOnAction(e -> openTimeline.accept(record));
        Label explanation = new Label(record.policy().explanation());
        explanation.setWrapText(true);
        explanation.setId("policyExplanation");
        pane.getChildren().setAll(
                title(record.name().isBlank() ? record.volumeId() : record.name()),
                muted(record.volumeId() + "  \u00b7  " + record.region()),
                // Wraps rather than truncating the links in a narrow details pane.
                new FlowPane(8, 2, timeline, console, copy),
                new HBox(8, StatusBadges.status(record.status()), StatusBadges.policy(record.policy().kind())),
                explanation,
                section("Volume"),
                grid(attachment(record)),
                section("Volume tags"),
                tags(record.tags()),
                section(record.instance() == null ? "Instance" : "Instance tags (" + record.instanceName() + ")"),
                record.instance() == null ? muted("Not attached.") : tags(record.instanceTags()),
                section("Latest snapshots"),
                snapshots(record, now));
    }

    private Map<String, String> attachment(VolumeRecord record) {
        Map<String, String> rows = new java.util.LinkedHashMap<>();
        rows.put("Instance", record.instanceId() == null ? "unattached"
                : record.instanceId() + (record.instanceName().isBlank() ? "" : " (" + record.instanceName() + ")"));
        rows.put("Device", nullToDash(record.volume().device()));
        rows.put("State", record.volume().state());
        rows.put("Size", record.volume().sizeGiB() + " GiB " + record.volume().type());
        rows.put("IOPS / throughput", (record.volume().iops() == null ? "\u2013" : record.volume().iops()) + " / "
                + (record.volume().throughput() == null ? "\u2013" : record.volume().throughput() + " MiB/s"));
        rows.put("AZ", record.volume().availabilityZone());
        rows.put("Encrypted", record.volume().encrypted() ? "yes" : "no");
        rows.put("Created", Cells.time(record.volume().createTime()));
        return rows;
    }

    private static Node snapshots(VolumeRecord record, Instant now) {
        List<SnapshotRef> snapshots = record.recentSnapshots();
        VBox box = new VBox(4);
        if (snapshots.isEmpty()) {
            box.getChildren().add(muted("No snapshot of this volume."));
        }
        for (SnapshotRef s : snapshots) {
            String state = s.state().equals("pending") ? "pending " + s.progressPercent() + "%" : s.state();
            Label line = new Label(Cells.time(s.startTime()) + "  (" + VolumeColumn.age(s.startTime(), now) + " ago)  "
                    + state + (s.deleteOn() == null ? "" : "  \u00b7  kept until " + s.deleteOn()));
            Label id = muted(s.id() + (s.description() == null || s.description().isBlank() ? "" : "  \u00b7  " + s.description()));
            box.getChildren().add(new VBox(0, line, id));
        }
        return box;
    }

    private static Node tags(Map<String, String> tags) {
        if (tags.isEmpty()) {
            return muted("No tags.");
        }
        return grid(new TreeMap<>(tags));
    }

    private static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("title-4");
        return label;
    }

    private static String nullToDash(String text) {
        return text == null ? "\u2013" : text;
    }
}
