package io.lifeboat.ui.snapshots;

import io.lifeboat.aws.ProblemException;
import io.lifeboat.snapshots.SnapshotCatalog;
import io.lifeboat.snapshots.SnapshotRow;
import io.lifeboat.ui.common.Fxml;
import io.lifeboat.ui.common.RegionRows;
import io.lifeboat.ui.common.RegionSelection;
import io.lifeboat.ui.shell.AppModel;
import io.lifeboat.ui.shell.Destinations;
import io.lifeboat.ui.shell.ViewContext;
import java.util.List;
import javafx.scene.Node;

/** Builds the Snapshots destination. */
public final class SnapshotsView {

    private SnapshotsView() {
    }

    public static Node create(ViewContext context) {
        AppModel app = context.app();
        RegionSelection regions = context.regions(Destinations.SNAPSHOTS, RegionSelection.Mode.ONE);
        RegionRows<SnapshotRow> model = new RegionRows<>(app.core().tasks(), regions, "snapshots", (session, region, task) -> {
            SnapshotCatalog.Listing listing = session.snapshots().list(List.of(region), task);
            if (!listing.failedRegions().isEmpty()) {
                throw new ProblemException(listing.failedRegions().get(region));
            }
            return listing.rows();
        });
        Node view = Fxml.load(SnapshotsView.class.getResource("snapshots.fxml"),
                new SnapshotsController(model, app.snapshotFocusProperty()));
        app.followSession(model::sessionChanged);
        return view;
    }
}
