package io.lifeboat.ui.commands;

import io.lifeboat.commands.RunCommandService;
import io.lifeboat.ui.common.Fxml;
import io.lifeboat.ui.common.RegionRows;
import io.lifeboat.ui.common.RegionSelection;
import io.lifeboat.ui.shell.AppModel;
import io.lifeboat.ui.shell.Destinations;
import io.lifeboat.ui.shell.ViewContext;
import java.util.List;
import javafx.scene.Node;

/** Builds the Run Command destination. */
public final class RunCommandView {

    static final int HISTORY = 50;

    private RunCommandView() {
    }

    public static Node create(ViewContext context) {
        AppModel app = context.app();
        RegionSelection regions = context.regions(Destinations.COMMANDS, RegionSelection.Mode.ONE);
        RegionRows<CommandsOverview> model = new RegionRows<>(app.core().tasks(), regions, "the SSM fleet",
                (session, region, task) -> {
                    RunCommandService service = session.commands();
                    RunCommandService.Fleet fleet = service.fleet(region, task);
                    return List.of(new CommandsOverview(fleet.instances(),
                            fleet.ssmProblem() == null ? service.history(region, HISTORY, task) : List.of(),
                            fleet.ssmProblem()));
                });
        Node view = Fxml.load(RunCommandView.class.getResource("commands.fxml"), new CommandsController(model));
        app.followSession(model::sessionChanged);
        return view;
    }
}
