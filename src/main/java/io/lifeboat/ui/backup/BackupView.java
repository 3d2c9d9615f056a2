package io.lifeboat.ui.backup;

import io.lifeboat.app.Session;
import io.lifeboat.backup.BackupSettings;
import io.lifeboat.ui.common.Fxml;
import io.lifeboat.ui.shell.AppModel;
import io.lifeboat.ui.shell.ViewContext;
import java.util.Arrays;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;

/** Builds the Backups destination and follows the connection: a new session gets a new plan. */
public final class BackupView {

    private BackupView() {
    }

    public static Node create(ViewContext context) {
        AppModel app = context.app();
        var core = app.core();
        BackupViewModel model = new BackupViewModel(core.tasks(), context.dialogs(), core.backupRuns(),
                () -> settings(app), Platform::runLater,
                regions -> core.settings().put(key(app.session()), String.join(",", regions)));
        Node view = Fxml.load(BackupView.class.getResource("backup.fxml"),
                new BackupController(model, context.dialogs(), app.monitor(), app.readOnlyProperty()));
        app.sessionProperty().addListener((obs, was, session) -> model.sessionChanged(session, remembered(app, session)));
        if (app.session() != null) {
            model.sessionChanged(app.session(), remembered(app, app.session()));
        }
        return view;
    }

    /** The tag convention and backup settings as saved; read at each plan, so a change applies to the next. */
    private static BackupSettings settings(AppModel app) {
        var stored = app.core().settings();
        return BackupSettings.from(stored.convention(), stored::get);
    }

    private static String key(Session session) {
        return "backup.regions." + session.connection().accountId();
    }

    private static List<String> remembered(AppModel app, Session session) {
        return app.core().settings().get(key(session)).filter(s -> !s.isBlank())
                .map(s -> Arrays.asList(s.split(","))).orElse(List.of());
    }
}
