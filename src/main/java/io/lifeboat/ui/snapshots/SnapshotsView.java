package io.lifeboat.ui.snapshots;

import io.lifeboat.ui.common.Fxml;
import io.lifeboat.ui.common.RegionSelection;
import io.lifeboat.ui.shell.AppModel;
import io.lifeboat.ui.shell.Destinations;
import io.lifeboat.ui.shell.ViewContext;
import javafx.scene.Node;

/** Builds the Snapshots destination. */
public final class SnapshotsView {

    private SnapshotsView() {
    }

    public static Node create(ViewContext context) {
        AppModel app = context.app();
        RegionSelection regions = context.regions(Destinations.SNAPSHOTS, RegionSelection.Mode.ONE);
        SnapshotsViewModel model = new SnapshotsViewModel(app.core().tasks(), regions);
        Node view = Fxml.load(SnapshotsView.class.getResource("snapshots.fxml"),
                new SnapshotsController(model, app.snapshotFocusProperty()));
        app.followSession(model::sessionChanged);
        return view;
    }
}
