package io.lifeboat.ui.commands;

import io.lifeboat.commands.FleetInstance;
import io.lifeboat.ui.common.RegionMenu;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The Run Command view's frame: region, refresh, SSM's problem if it could not be asked, and the tabs
 * (compose, the command being watched, history, the fleet). A command sent or opened brings its tab up.
 */
public final class CommandsController {

    @FXML private Label subtitle;
    @FXML private MenuButton regionMenu;
    @FXML private ProgressIndicator loading;
    @FXML private Label ssmProblem;
    @FXML private TabPane tabs;
    @FXML private Tab composeTab;
    @FXML private Tab commandTab;
    @FXML private Tab historyTab;
    @FXML private Tab fleetTab;

    private final RunCommandViewModel model;
    private final Node compose;
    private final Node watch;
    private final Node history;
    private final Node fleet;

    CommandsController(RunCommandViewModel model, Node compose, Node watch, Node history, Node fleet) {
        this.model = model;
        this.compose = compose;
        this.watch = watch;
        this.history = history;
        this.fleet = fleet;
    }

    @FXML
    private void initialize() {
        RegionMenu.bind(regionMenu, model.regions());
        loading.visibleProperty().bind(model.loadingProperty());
        composeTab.setContent(compose);
        commandTab.setContent(watch);
        historyTab.setContent(history);
        fleetTab.setContent(fleet);
        subtitle.textProperty().bind(Bindings.createStringBinding(() -> {
            long managed = model.fleet().stream().filter(FleetInstance::managed).count();
            return model.fleet().size() + " instances, " + managed + " managed by SSM";
        }, model.fleet()));
        model.ssmProblemProperty().addListener((obs, was, problem) -> {
            ssmProblem.setVisible(problem != null);
            ssmProblem.setManaged(problem != null);
            ssmProblem.setText(problem == null ? "" : "SSM could not be asked which instances it manages: "
                    + problem.text() + " [" + problem.code() + "]. Every instance matching the targets counts as one.");
        });
        // A command sent from Compose, or opened from History, is shown at once.
        model.watch().titleProperty().addListener((obs, was, now) -> tabs.getSelectionModel().select(commandTab));
    }

    @FXML
    private void refresh() {
        model.refresh();
    }
}
