package io.lifeboat.ui.restore;

import io.lifeboat.restore.PlannedCall;
import io.lifeboat.restore.RestorePlan;
import io.lifeboat.restore.RestoreReview;
import io.lifeboat.ui.common.Cells;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/** Step 4: the exact requests, in order, what will exist afterwards, and that the source is left alone. */
final class ReviewStepController {

    @FXML private Label summary;
    @FXML private TableView<PlannedCall> calls;
    @FXML private VBox afterwards;
    @FXML private Label sourceUnchanged;

    private final RestoreWizardViewModel model;

    ReviewStepController(RestoreWizardViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        calls.setId("reviewCalls");
        TableColumn<PlannedCall, String> parameters = wrapped(Cells.column("Parameters", 600, (PlannedCall c) ->
                new ReadOnlyStringWrapper(c.parameters().stream().map(p -> p.name() + " = " + p.value())
                        .collect(Collectors.joining("\n")))));
        calls.getColumns().setAll(List.of(
                Cells.column("Request", 250, (PlannedCall c) -> new ReadOnlyStringWrapper((c.mutating() ? "● " : "○ ")
                        + c.operation())),
                wrapped(Cells.column("Why", 240, (PlannedCall c) -> new ReadOnlyStringWrapper(c.why()))),
                parameters));
        calls.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        model.reviewProperty().addListener((obs, was, now) -> show(now));
    }

    /** Every line of the cell shown, wrapped to the column: a review that cuts parameters off reviews nothing. */
    private static TableColumn<PlannedCall, String> wrapped(TableColumn<PlannedCall, String> column) {
        column.setCellFactory(c -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(14));
                text.getStyleClass().add("text");
            }

            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                text.setText(empty || value == null ? "" : value);
                setGraphic(empty ? null : text);
            }
        });
        return column;
    }

    private void show(RestoreReview review) {
        calls.setItems(review == null ? FXCollections.observableArrayList() : FXCollections.observableArrayList(review.calls()));
        afterwards.getChildren().clear();
        if (review == null) {
            return;
        }
        review.afterwards().forEach(line -> {
            Label label = new Label("• " + line);
            label.setWrapText(true);
            afterwards.getChildren().add(label);
        });
        sourceUnchanged.setText(review.source() + " ● changes, ○ reads.");
        RestorePlan plan = model.planProperty().get();
        summary.setText("Restore " + plan.sourceId() + " to " + plan.targetId() + " in " + plan.region() + ", as of "
                + (plan.time().latest() ? "the latest restorable time" : model.time().utcTextProperty().get() + " ("
                + model.time().localTextProperty().get() + ")") + " — job " + plan.jobId());
    }
}
