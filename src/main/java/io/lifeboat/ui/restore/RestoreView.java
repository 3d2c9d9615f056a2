package io.lifeboat.ui.restore;

import io.lifeboat.restore.ClusterSummary;
import io.lifeboat.ui.common.Fxml;
import io.lifeboat.ui.common.RegionRows;
import io.lifeboat.ui.common.RegionSelection;
import io.lifeboat.ui.shell.AppModel;
import io.lifeboat.ui.shell.Destinations;
import io.lifeboat.ui.shell.ViewContext;
import javafx.scene.Node;

/** Builds the Restore destination. */
public final class RestoreView {

    private RestoreView() {
    }

    public static Node create(ViewContext context) {
        AppModel app = context.app();
        RegionSelection regions = context.regions(Destinations.RESTORE, RegionSelection.Mode.ONE);
        RegionRows<ClusterSummary> model = new RegionRows<>(app.core().tasks(), regions, "databases",
                (session, region, task) -> session.clusters().list(region, task));
        Node view = Fxml.load(RestoreView.class.getResource("restore.fxml"), new RestoreController(model));
        app.followSession(model::sessionChanged);
        return view;
    }
}
