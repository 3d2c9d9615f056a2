package io.lifeboat.ui.snapshots;

import io.lifeboat.ui.common.Fxml;
import io.lifeboat.ui.common.RegionSelection;
import io.lifeboat.ui.shell.AppModel;
import io.lifeboat.ui.shell.Destinations;
import io.lifeboat.ui.shell.ViewContext;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;

/** Builds the Snapshots destination: the fleet's heat map, a volume's timeline, every snapshot, and the actions. */
public final class SnapshotsView {

    private SnapshotsView() {
    }

    public static Node create(ViewContext context) {
        AppModel app = context.app();
        RegionSelection regions = context.regions(Destinations.SNAPSHOTS, RegionSelection.Mode.ONE);
        AtomicReference<Node> view = new AtomicReference<>();
        SnapshotsViewModel model = new SnapshotsViewModel(app.core().tasks(), regions, context.dialogs(),
                new FxSnapshotForms(() -> view.get().getScene().getWindow()), app::notify,
                app.core().settings()::backupSettings, ZoneId::systemDefault, app.core().tagHistory());
        SnapshotsController controller = new SnapshotsController(model, context.dialogs(), app.readOnlyProperty(),
                app.darkThemeProperty(), app.timelineRequestProperty());
        view.set(Fxml.load(SnapshotsView.class.getResource("snapshots.fxml"), controller));
        view.get().getProperties().put(SnapshotsController.class, controller);
        app.followSession(model::sessionChanged);
        return view.get();
    }
}
