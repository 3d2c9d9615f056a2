package io.lifeboat.ui.restore;

import io.lifeboat.restore.ClusterSummary;
import io.lifeboat.ui.common.Cells;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/** Step 1: the database to restore, with what a restore needs to know of it. */
final class SourceStepController {

    @FXML private TableView<ClusterSummary> sources;
    @FXML private VBox details;

    private final RestoreWizardViewModel model;

    SourceStepController(RestoreWizardViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        sources.setId("wizardSources");
        sources.setItems(model.sources());
        sources.setPlaceholder(new Label("No database in this region."));
        sources.getColumns().setAll(List.of(
                Cells.column("Database", 140, (ClusterSummary c) -> new ReadOnlyStringWrapper(c.id())),
                Cells.column("Kind", 200, (ClusterSummary c) -> new ReadOnlyStringWrapper(SourceDetails.kindText(c))),
                Cells.column("Version", 180, (ClusterSummary c) -> new ReadOnlyStringWrapper(c.engineVersion())),
                Cells.column("Status", 80, (ClusterSummary c) -> new ReadOnlyStringWrapper(c.status())),
                Cells.column("Instances", 85, (ClusterSummary c) -> new ReadOnlyStringWrapper(
                        Integer.toString(c.members().size())))));
        sources.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        SourceDetails shown = new SourceDetails(model.time().zone());
        details.getChildren().add(shown);
        sources.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            model.sourceProperty().set(now);
            shown.show(now);
        });
        model.sourceProperty().addListener((obs, was, now) -> {
            if (now != sources.getSelectionModel().getSelectedItem()) {
                sources.getSelectionModel().select(now);
            }
            shown.show(now);
        });
    }
}
