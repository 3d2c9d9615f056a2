package io.lifeboat.ui.shell;

import io.lifeboat.ui.activity.ActivityView;
import io.lifeboat.ui.backup.BackupView;
import io.lifeboat.ui.commands.RunCommandView;
import io.lifeboat.ui.restore.RestoreView;
import io.lifeboat.ui.snapshots.SnapshotsView;
import io.lifeboat.ui.volumes.VolumesView;
import java.util.List;

/** The navigation rail, top to bottom. */
public final class Destinations {

    private Destinations() {
    }

    public static List<Destination> all() {
        return List.of(
                new Destination("volumes", "Volumes", "mdi2h-harddisk", VolumesView::create),
                new Destination("backups", "Backups", "mdi2b-backup-restore", BackupView::create),
                new Destination("snapshots", "Snapshots", "mdi2c-camera-timer", SnapshotsView::create),
                new Destination("commands", "Run Command", "mdi2c-console-line", RunCommandView::create),
                new Destination("restore", "Restore", "mdi2d-database-clock", RestoreView::create),
                new Destination("activity", "Activity", "mdi2h-history", ActivityView::create));
    }
}
