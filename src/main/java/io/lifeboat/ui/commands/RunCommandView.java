package io.lifeboat.ui.commands;

import io.lifeboat.commands.SessionCommand;
import io.lifeboat.ui.common.Fxml;
import io.lifeboat.ui.common.RegionSelection;
import io.lifeboat.ui.shell.AppModel;
import io.lifeboat.ui.shell.Destinations;
import io.lifeboat.ui.shell.ViewContext;
import javafx.scene.Node;

/** Builds the Run Command destination: compose, the command being watched, history, the fleet. */
public final class RunCommandView {

    private RunCommandView() {
    }

    public static Node create(ViewContext context) {
        AppModel app = context.app();
        var core = app.core();
        RunCommandViewModel model = new RunCommandViewModel(core.tasks(),
                context.regions(Destinations.COMMANDS, RegionSelection.Mode.ONE), context.dialogs(),
                core.settings()::confirmTypingAbove, core.commandTemplates(), SessionCommand.Environment::current);
        Node compose = Fxml.load(RunCommandView.class.getResource("compose.fxml"), new ComposeController(model));
        Node watch = Fxml.load(RunCommandView.class.getResource("watch.fxml"), new WatchController(model));
        Node history = Fxml.load(RunCommandView.class.getResource("history.fxml"), new HistoryController(model.history()));
        Node fleet = Fxml.load(RunCommandView.class.getResource("fleet.fxml"), new FleetController(model));
        Node view = Fxml.load(RunCommandView.class.getResource("commands.fxml"),
                new CommandsController(model, compose, watch, history, fleet));
        app.followSession(model::sessionChanged);
        return view;
    }
}
