package io.lifeboat.ui.shell;

import io.lifeboat.ui.activity.ActivityView;
import io.lifeboat.ui.backup.BackupView;
import io.lifeboat.ui.commands.RunCommandView;
import io.lifeboat.ui.restore.RestoreView;
import io.lifeboat.ui.snapshots.SnapshotsView;
import io.lifeboat.ui.volumes.VolumesView;
import java.util.List;

/**
 * The navigation rail, top to bottom. The ids name each view wherever it is named: navigation, the
 * rail's node ids ({@code nav-<id>}) and the view's remembered regions.
 */
public final class Destinations {

    public static final String VOLUMES = "volumes";
    public static final String BACKUPS = "backups";
    public static final String SNAPSHOTS = "snapshots";
    public static final String COMMANDS = "commands";
    public static final String RESTORE = "restore";
    public static final String ACTIVITY = "activity";

    private Destinations() {
    }

    public static List<Destination> all() {
        return List.of(
                new Destination(VOLUMES, "Volumes", "mdi2h-harddisk", VolumesView::create),
                new Destination(BACKUPS, "Backups", "mdi2b-backup-restore", BackupView::create),
                new Destination(SNAPSHOTS, "Snapshots", "mdi2c-camera-timer", SnapshotsView::create),
                new Destination(COMMANDS, "Run Command", "mdi2c-console-line", RunCommandView::create),
                new Destination(RESTORE, "Restore", "mdi2d-database-clock", RestoreView::create),
                new Destination(ACTIVITY, "Activity", "mdi2h-history", ActivityView::create));
    }
}
