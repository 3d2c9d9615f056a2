package io.lifeboat.ui.volumes;

import io.lifeboat.ui.common.Fxml;
import io.lifeboat.ui.shell.AppModel;
import io.lifeboat.ui.shell.ViewContext;
import javafx.application.Platform;
import javafx.scene.Node;

/** Builds the Volumes destination and follows the connection. */
public final class VolumesView {

    private VolumesView() {
    }

    public static Node create(ViewContext context) {
        AppModel app = context.app();
        VolumesViewModel model = new VolumesViewModel(app.core().tasks(), regions -> app.core().settings()
                .put(key(app.session()), String.join(",", regions)));
        Node view = Fxml.load(VolumesView.class.getResource("volumes.fxml"),
                new VolumesController(model, context.dialogs(), volumeId -> {
                    app.snapshotFocusProperty().set(volumeId);
                    context.navigator().show("snapshots");
                }, app::notify));
        app.sessionProperty().addListener((obs, was, session) -> model.sessionChanged(session, remembered(app, session)));
        if (app.session() != null) {
            model.sessionChanged(app.session(), remembered(app, app.session()));
        }
        model.hasDataProperty().addListener((obs, was, has) -> {
            if (has) {
                Platform.runLater(() -> app.firstDataShownProperty().set(true));
            }
        });
        return view;
    }

    private static String key(io.lifeboat.app.Session session) {
        return "regions." + session.connection().accountId();
    }

    /** Remembered regions only apply to the account they were chosen on. */
    private static java.util.List<String> remembered(AppModel app, io.lifeboat.app.Session session) {
        return app.core().settings().get(key(session)).filter(s -> !s.isBlank())
                .map(s -> java.util.Arrays.asList(s.split(","))).orElse(java.util.List.of());
    }
}
