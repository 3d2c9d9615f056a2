package io.lifeboat.volumes;

import java.time.Duration;

/**
 * The backup-tag convention of the source document, with its knobs: which tag keys mean "back this
 * up" and "keep N days", the retention when none is given, the longest retention that is not a typo,
 * and how old the newest snapshot may be before a protected volume is overdue (the job is daily; the
 * grace covers the run itself).
 */
public record BackupConvention(String backupKey, String retentionKey, int defaultRetentionDays, int maxRetentionDays,
                               Duration overdueAfter) {

    public static final String YES = "Yes";
    public static final String NO = "No";

    public static final BackupConvention DEFAULT = new BackupConvention("Backup", "Retention", 7, 3650,
            Duration.ofHours(30));

    public BackupConvention {
        if (backupKey == null || backupKey.isBlank() || retentionKey == null || retentionKey.isBlank()) {
            throw new IllegalArgumentException("The backup and retention tag keys must not be empty");
        }
        if (backupKey.equals(retentionKey)) {
            throw new IllegalArgumentException("The backup and retention tag keys must differ");
        }
        if (defaultRetentionDays < 1 || defaultRetentionDays > maxRetentionDays) {
            throw new IllegalArgumentException("The default retention must be between 1 and " + maxRetentionDays + " days");
        }
        if (overdueAfter.isNegative() || overdueAfter.isZero()) {
            throw new IllegalArgumentException("The overdue threshold must be positive");
        }
    }

    public BackupConvention withKeys(String backup, String retention) {
        return new BackupConvention(backup, retention, defaultRetentionDays, maxRetentionDays, overdueAfter);
    }

    public BackupConvention withDefaultRetention(int days) {
        return new BackupConvention(backupKey, retentionKey, days, maxRetentionDays, overdueAfter);
    }
}
