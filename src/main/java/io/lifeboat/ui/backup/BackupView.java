package io.lifeboat.ui.backup;

import io.lifeboat.ui.common.Fxml;
import io.lifeboat.ui.common.RegionSelection;
import io.lifeboat.ui.shell.AppModel;
import io.lifeboat.ui.shell.Destinations;
import io.lifeboat.ui.shell.TimelineRequest;
import io.lifeboat.ui.shell.ViewContext;
import javafx.scene.Node;

/** Builds the Backups destination and follows the connection: a new session gets a new plan. */
public final class BackupView {

    private BackupView() {
    }

    public static Node create(ViewContext context) {
        AppModel app = context.app();
        var core = app.core();
        BackupViewModel model = new BackupViewModel(core.tasks(),
                context.regions(Destinations.BACKUPS, RegionSelection.Mode.SEVERAL), context.dialogs(), core.backupRuns(),
                core.settings()::backupSettings);
        Node view = Fxml.load(BackupView.class.getResource("backup.fxml"),
                new BackupController(model, context.dialogs(), app.monitor(), app.readOnlyProperty(), (region, volume) -> {
                    app.timelineRequestProperty().set(new TimelineRequest(region, volume));
                    context.navigator().show(Destinations.SNAPSHOTS);
                }));
        app.followSession(model::sessionChanged);
        return view;
    }
}
