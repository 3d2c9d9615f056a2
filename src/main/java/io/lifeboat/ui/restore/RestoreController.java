package io.lifeboat.ui.restore;

import io.lifeboat.restore.ClusterSummary;
import io.lifeboat.ui.common.Cells;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import io.lifeboat.ui.common.RegionMenu;
import io.lifeboat.ui.common.RegionRows;

/** The databases of a region and their restorable windows (the wizard builds on this list). */
public final class RestoreController {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    @FXML private MenuButton regionMenu;
    @FXML private ProgressIndicator loading;
    @FXML private TableView<ClusterSummary> table;
    @FXML private VBox details;

    private final RegionRows<ClusterSummary> model;

    public RestoreController(RegionRows<ClusterSummary> model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        RegionMenu.bind(regionMenu, model.selection());
        loading.visibleProperty().bind(model.loadingProperty());
        table.setItems(model.rows());
        table.setId("clustersTable");
        table.setPlaceholder(new Label("No Aurora cluster or RDS instance in this region."));
        table.getColumns().setAll(List.of(
                Cells.column("Database", 170, c -> new ReadOnlyStringWrapper(c.id())),
                Cells.column("Kind", 120, c -> new ReadOnlyStringWrapper(c.cluster() ? "Aurora cluster" : "RDS instance")),
                Cells.column("Engine", 250, c -> new ReadOnlyStringWrapper(c.engine() + " " + c.engineVersion())),
                Cells.column("Status", 90, c -> new ReadOnlyStringWrapper(c.status())),
                Cells.column("Instances", 330, c -> new ReadOnlyStringWrapper(c.members().stream()
                        .map(m -> m.id() + " (" + m.instanceClass() + (m.writer() ? ", writer" : "") + ")")
                        .collect(Collectors.joining(", ")))),
                Cells.column("Backups (days)", 140, c -> new ReadOnlyObjectWrapper<>(c.backupRetentionDays())),
                Cells.column("Restorable from", 160, c -> new ReadOnlyStringWrapper(utc(c.earliestRestorableTime()))),
                Cells.column("Restorable to", 160, c -> new ReadOnlyStringWrapper(utc(c.latestRestorableTime()))),
                Cells.column("Endpoint", 380, c -> new ReadOnlyStringWrapper(c.endpoint() == null ? "" : c.endpoint()))));
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> showDetails(now));
    }

    private void showDetails(ClusterSummary cluster) {
        details.getChildren().clear();
        if (cluster == null || cluster.earliestRestorableTime() == null || cluster.latestRestorableTime() == null) {
            return;
        }
        Duration window = Duration.between(cluster.earliestRestorableTime(), cluster.latestRestorableTime());
        Label summary = new Label(cluster.id() + " can be restored to any second from "
                + utc(cluster.earliestRestorableTime()) + " to " + utc(cluster.latestRestorableTime()) + " ("
                + window.toDays() + " days " + window.toHoursPart() + " h). A restore creates a new cluster beside it; "
                + "the original is never modified.");
        summary.setWrapText(true);
        details.getChildren().add(summary);
    }

    private static String utc(java.time.Instant instant) {
        return instant == null ? "" : UTC.format(instant);
    }

    @FXML
    private void refresh() {
        model.refresh();
    }
}
