package io.lifeboat.ui.restore;

import io.lifeboat.restore.ClusterSummary;
import io.lifeboat.ui.common.Fxml;
import io.lifeboat.ui.common.RegionListModel;
import io.lifeboat.ui.shell.AppModel;
import io.lifeboat.ui.shell.ViewContext;
import javafx.scene.Node;

/** Builds the Restore destination. */
public final class RestoreView {

    private RestoreView() {
    }

    public static Node create(ViewContext context) {
        AppModel app = context.app();
        RegionListModel<ClusterSummary> model = new RegionListModel<>(app.core().tasks(), "databases",
                (session, region, task) -> session.clusters().list(region, task));
        Node view = Fxml.load(RestoreView.class.getResource("restore.fxml"), new RestoreController(model));
        app.sessionProperty().addListener((obs, was, session) -> model.sessionChanged(session));
        if (app.session() != null) {
            model.sessionChanged(app.session());
        }
        return view;
    }
}
