package io.lifeboat.ui.restore;

import io.lifeboat.ui.common.Fxml;
import io.lifeboat.ui.common.RegionSelection;
import io.lifeboat.ui.shell.AppModel;
import io.lifeboat.ui.shell.Destinations;
import io.lifeboat.ui.shell.ViewContext;
import java.time.ZoneId;
import javafx.scene.Node;

/** Builds the Restore destination: databases, restore jobs, and the wizard. */
public final class RestoreView {

    private RestoreView() {
    }

    public static Node create(ViewContext context) {
        AppModel app = context.app();
        ZoneId zone = ZoneId.systemDefault();
        RestoreViewModel model = new RestoreViewModel(app.core().tasks(),
                context.regions(Destinations.RESTORE, RegionSelection.Mode.ONE), context.dialogs(),
                app.core().restoreJobs(), zone);
        Node wizard = Fxml.load(RestoreView.class.getResource("restore-wizard.fxml"),
                new RestoreWizardController(model.wizard()));
        Node view = Fxml.load(RestoreView.class.getResource("restore.fxml"), new RestoreController(model, wizard, zone));
        app.followSession(model::sessionChanged);
        return view;
    }
}
