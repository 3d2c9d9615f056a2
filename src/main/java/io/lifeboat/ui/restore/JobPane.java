package io.lifeboat.ui.restore;

import io.lifeboat.restore.JobStep;
import io.lifeboat.ui.common.Cells;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A restore job's page: its steps with their state, time (ticking while one runs) and detail, its DNS
 * cutover, and the buttons to resume or retry and to revert. Used by the wizard's Run step and by the
 * job list.
 */
final class JobPane extends VBox {

    private final JobViewModel model;
    private final TableView<JobStep> steps = new TableView<>();
    private final HBox actions = new HBox(8);

    JobPane(JobViewModel model, String idPrefix) {
        this.model = model;
        setSpacing(6);
        Label title = new Label();
        title.textProperty().bind(model.titleProperty());
        title.getStyleClass().add("coverage-title");
        title.setWrapText(true);
        title.setMinHeight(javafx.scene.control.Control.USE_PREF_SIZE);
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        status.setId(idPrefix + "JobStatus");
        steps.setId(idPrefix + "JobSteps");
        steps.getStyleClass().add("dense");
        steps.setItems(model.steps());
        steps.setPlaceholder(new Label("No job chosen."));
        steps.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<JobStep, String> detail = Cells.column("Detail", 300, (JobStep s) -> new ReadOnlyStringWrapper(
                s.problem() != null ? s.problem().text() : s.detail() == null ? "" : s.detail()));
        steps.getColumns().setAll(List.of(
                Cells.column("Step", 250, (JobStep s) -> new ReadOnlyStringWrapper(s.label())),
                stateColumn(),
                Cells.column("Time", 95, (JobStep s) -> new ReadOnlyStringWrapper(model.elapsed(s))),
                detail));
        // The detail gives way first (its tooltip has it all): a state or a time is never cut off.
        steps.getColumns().subList(1, 3).forEach(c -> c.setMinWidth(c.getPrefWidth()));
        steps.getColumns().get(0).setMinWidth(235);
        Tooltips.showFullText(detail);
        VBox.setVgrow(steps, Priority.ALWAYS);
        Label cutover = new Label();
        cutover.textProperty().bind(model.cutoverProperty());
        cutover.setWrapText(true);
        cutover.setMinHeight(javafx.scene.control.Control.USE_PREF_SIZE);
        cutover.setId(idPrefix + "JobCutover");
        Button resume = button("Resume / retry", "mdi2p-play-circle-outline", idPrefix + "ResumeButton", model::resume);
        resume.disableProperty().bind(model.canResumeProperty().not().or(model.workingProperty()));
        Button revert = button("Revert DNS", "mdi2u-undo-variant", idPrefix + "RevertButton", model::revert);
        revert.disableProperty().bind(model.canRevertProperty().not().or(model.workingProperty()));
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.getChildren().addAll(resume, revert);
        getChildren().addAll(title, status, steps, cutover, actions);
        // The running step's time moves on: redraw the table each second while shown.
        Timeline tick = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.tick()));
        tick.setCycleCount(Timeline.INDEFINITE);
        visibleProperty().addListener((obs, was, shown) -> {
            if (shown) {
                tick.play();
            } else {
                tick.stop();
            }
        });
        tick.play();
    }

    /** More buttons after resume and revert (the job list adds "Switch DNS"). */
    void addAction(Button button) {
        actions.getChildren().add(button);
    }

    static Button button(String text, String icon, String id, Runnable action) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static TableColumn<JobStep, String> stateColumn() {
        TableColumn<JobStep, String> column = Cells.column("State", 80,
                s -> new ReadOnlyStringWrapper(s.state().name().toLowerCase()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String state, boolean empty) {
                super.updateItem(state, empty);
                getStyleClass().removeIf(s -> s.startsWith("step-"));
                setText(empty || state == null ? null : state);
                if (!empty && state != null) {
                    getStyleClass().add("step-" + state);
                }
            }
        });
        return column;
    }
}
