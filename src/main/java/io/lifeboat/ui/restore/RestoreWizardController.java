package io.lifeboat.ui.restore;

import io.lifeboat.ui.common.Fxml;
import java.util.EnumMap;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The wizard's frame: the step rail, the current step's page, the problem that holds it, Back and Next. */
public final class RestoreWizardController {

    @FXML private Label sourceLabel;
    @FXML private HBox rail;
    @FXML private StackPane steps;
    @FXML private Label problem;
    @FXML private ProgressIndicator busy;
    @FXML private Button backButton;
    @FXML private Button nextButton;

    private final RestoreWizardViewModel model;
    private final Map<RestoreWizardViewModel.Step, Node> pages = new EnumMap<>(RestoreWizardViewModel.Step.class);
    private final Map<RestoreWizardViewModel.Step, Label> railLabels = new EnumMap<>(RestoreWizardViewModel.Step.class);

    public RestoreWizardController(RestoreWizardViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        pages.put(RestoreWizardViewModel.Step.SOURCE, Fxml.load(getClass().getResource("wizard-source.fxml"),
                new SourceStepController(model)));
        pages.put(RestoreWizardViewModel.Step.TIME, Fxml.load(getClass().getResource("wizard-time.fxml"),
                new TimeStepController(model.time())));
        pages.put(RestoreWizardViewModel.Step.TARGET, Fxml.load(getClass().getResource("wizard-target.fxml"),
                new TargetStepController(model.target())));
        pages.put(RestoreWizardViewModel.Step.REVIEW, Fxml.load(getClass().getResource("wizard-review.fxml"),
                new ReviewStepController(model)));
        pages.put(RestoreWizardViewModel.Step.RUN, new JobPane(model.job(), "run"));
        VBox cutover = new VBox(12, new Label("Point the CNAME your applications use at the restored database. "
                + "Its previous value and TTL are kept in the job; Revert DNS on the job's page puts them back, any time."),
                new CutoverPane(model.cutover(), model.job().canSwitchProperty(), model::switchDns, "wizard"), jobCutover());
        pages.put(RestoreWizardViewModel.Step.CUTOVER, cutover);
        pages.forEach((step, page) -> {
            page.setId("wizard-" + step.name().toLowerCase());
            StackPane.setAlignment(page, javafx.geometry.Pos.TOP_LEFT);
            steps.getChildren().add(page);
            Label label = new Label((step.ordinal() + 1) + "  " + step.label());
            label.getStyleClass().add("wizard-step");
            railLabels.put(step, label);
            rail.getChildren().add(label);
        });
        nextButton.setId("wizardNextButton");
        backButton.setId("wizardBackButton");
        problem.setId("wizardProblem");
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        busy.visibleProperty().bind(model.checkingProperty().or(model.target().loadingProperty())
                .or(model.job().workingProperty()));
        sourceLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                model.sourceProperty().get() == null ? "" : model.sourceProperty().get().id(), model.sourceProperty()));
        model.stepProperty().addListener((obs, was, now) -> show(now));
        show(model.stepProperty().get());
    }

    private Node jobCutover() {
        Label state = new Label();
        state.setId("wizardCutoverState");
        state.textProperty().bind(model.job().cutoverProperty());
        state.setWrapText(true);
        Button revert = JobPane.button("Revert DNS", "mdi2u-undo-variant", "wizardRevertButton", model.job()::revert);
        revert.disableProperty().bind(model.job().canRevertProperty().not().or(model.job().workingProperty()));
        return new VBox(8, state, revert);
    }

    private void show(RestoreWizardViewModel.Step step) {
        pages.forEach((s, page) -> page.setVisible(s == step));
        railLabels.forEach((s, label) -> {
            label.getStyleClass().removeAll("current", "done");
            label.getStyleClass().add(s == step ? "current" : s.ordinal() < step.ordinal() ? "done" : "");
        });
        backButton.setDisable(step == RestoreWizardViewModel.Step.SOURCE || step == RestoreWizardViewModel.Step.RUN);
        nextButton.setText(switch (step) {
            case REVIEW -> "Start restore";
            case RUN -> "Next: DNS cutover";
            case CUTOVER -> "Finish";
            default -> "Next";
        });
    }

    @FXML
    private void next() {
        model.next();
    }

    @FXML
    private void back() {
        model.back();
    }

    @FXML
    private void close() {
        model.close();
    }
}
