package io.lifeboat.ui.restore;

import io.lifeboat.restore.ClusterSummary;
import java.time.Duration;
import java.time.ZoneId;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * A database as a restore sees it: engine and version, status, writer and readers with their classes,
 * endpoints, backup retention and the restorable window as a bar (or why it cannot be restored).
 */
final class SourceDetails extends VBox {

    /** The kind for a table cell: short enough that "not supported" is never cut off. */
    static String kindText(ClusterSummary source) {
        return source.supported() ? source.kind() : source.kind().replace(" cluster", "") + " (not supported)";
    }

    private final Label heading = new Label();
    private final GridPane facts = new GridPane();
    private final RestoreWindowBar bar;
    private final Label unsupported = new Label();

    SourceDetails(ZoneId zone) {
        setSpacing(6);
        bar = new RestoreWindowBar(zone);
        heading.getStyleClass().add("coverage-title");
        facts.setHgap(12);
        facts.setVgap(3);
        unsupported.getStyleClass().add("problem-message");
        unsupported.setWrapText(true);
        unsupported.setId("sourceUnsupported");
        getChildren().addAll(heading, facts, unsupported, bar);
        show(null);
    }

    void show(ClusterSummary source) {
        facts.getChildren().clear();
        setVisible(source != null);
        if (source == null) {
            return;
        }
        heading.setText(source.id() + " · " + source.kind());
        int row = 0;
        row = fact(row, "Engine", source.engine() + " " + source.engineVersion() + " · " + source.status());
        String writer = source.writer().map(m -> m.id() + " (" + m.instanceClass() + ")").orElse("none");
        row = fact(row, source.cluster() ? "Writer" : "Instance", writer);
        if (source.cluster()) {
            String readers = source.readers().stream().map(m -> m.id() + " (" + m.instanceClass() + ")")
                    .collect(Collectors.joining(", "));
            row = fact(row, "Readers", readers.isEmpty() ? "none" : readers);
        }
        row = fact(row, "Endpoint", source.endpoint() == null ? "" : source.endpoint() + ":" + source.port());
        if (source.readerEndpoint() != null) {
            row = fact(row, "Reader endpoint", source.readerEndpoint());
        }
        Duration span = source.window().known()
                ? Duration.between(source.earliestRestorableTime(), source.latestRestorableTime()) : null;
        fact(row, "Backups", source.backupRetentionDays() + " days kept" + (span == null ? ""
                : "; restorable to any second of the last " + span.toDays() + " days " + span.toHoursPart() + " h"));
        unsupported.setText(source.unsupported().map(why -> "Not restorable here: " + why + ".").orElse(""));
        unsupported.setManaged(!source.supported());
        unsupported.setVisible(!source.supported());
        bar.show(source.window());
        bar.mark(-1);
    }

    private int fact(int row, String name, String value) {
        Label label = new Label(name);
        label.getStyleClass().add("text-muted");
        label.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        Label text = new Label(value);
        text.setWrapText(true);
        facts.addRow(row, label, text);
        return row + 1;
    }
}
