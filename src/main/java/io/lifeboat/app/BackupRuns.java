package io.lifeboat.app;

import io.lifeboat.backup.BackupReport;
import io.lifeboat.store.BackupRunHistory.BackupRun;
import java.util.List;
import java.util.Optional;

/**
 * The backup runs made from this machine (desktop and CLI), as the Backups view records and lists
 * them. Every method reads or writes the store: call them in a task, never on the UI thread.
 */
public interface BackupRuns {

    void record(BackupReport report, Session on);

    /** The newest first. */
    List<BackupRun> recent(int limit);

    Optional<BackupReport> report(String runId);
}
