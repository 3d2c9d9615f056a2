package io.lifeboat.ui.volumes;

import io.lifeboat.ui.common.Fxml;
import io.lifeboat.ui.common.RegionSelection;
import io.lifeboat.ui.shell.AppModel;
import io.lifeboat.ui.shell.Destinations;
import io.lifeboat.ui.shell.TimelineRequest;
import io.lifeboat.ui.shell.ViewContext;
import javafx.application.Platform;
import javafx.scene.Node;

/** Builds the Volumes destination and follows the connection. */
public final class VolumesView {

    private VolumesView() {
    }

    public static Node create(ViewContext context) {
        AppModel app = context.app();
        var core = app.core();
        VolumesViewModel model = new VolumesViewModel(core.tasks(),
                context.regions(Destinations.VOLUMES, RegionSelection.Mode.SEVERAL), context.dialogs(), app::notify,
                core.tagHistory());
        Node view = Fxml.load(VolumesView.class.getResource("volumes.fxml"),
                new VolumesController(model, context.dialogs(), volume -> {
                    app.timelineRequestProperty().set(new TimelineRequest(volume.region(), volume.volumeId()));
                    context.navigator().show(Destinations.SNAPSHOTS);
                }));
        app.followSession(model::sessionChanged);
        model.hasDataProperty().addListener((obs, was, has) -> {
            if (has) {
                // The next pulse: the rows are on screen (the start-up benchmark stops here).
                Platform.runLater(() -> app.firstDataShownProperty().set(true));
            }
        });
        return view;
    }
}
