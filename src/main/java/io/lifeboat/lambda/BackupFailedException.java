package io.lifeboat.lambda;

import io.lifeboat.backup.BackupReport;

/** Ends an invocation whose run had failures, after its report was logged, so that Lambda counts an error. */
public final class BackupFailedException extends RuntimeException {

    BackupFailedException(BackupReport report) {
        super("Backup run " + report.outcome().id() + ": " + report.summary()
                + " (see the backup-report line in this invocation's log)");
    }
}
