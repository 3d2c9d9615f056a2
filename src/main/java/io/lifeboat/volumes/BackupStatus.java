package io.lifeboat.volumes;

import java.time.Duration;
import java.time.Instant;

/** Whether a volume's backups really happen, as the Volumes view and {@code lifeboat volumes} show it. */
public enum BackupStatus {
    OK("ok", "OK"),
    OVERDUE("overdue", "Overdue"),
    NEVER_BACKED_UP("never-backed-up", "Never backed up"),
    OPTED_OUT("opted-out", "Opted out"),
    NOT_COVERED("not-covered", "Not covered"),
    MISCONFIGURED("misconfigured", "Misconfigured");

    private final String id;
    private final String label;

    BackupStatus(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /**
     * A protected volume is OK while its newest completed snapshot is younger than
     * {@code overdueAfter}; misconfigured volumes say so whatever their snapshots.
     */
    public static BackupStatus of(BackupPolicy policy, Instant lastCompletedSnapshot, Instant now, Duration overdueAfter) {
        return switch (policy.kind()) {
            case OPTED_OUT -> OPTED_OUT;
            case NOT_COVERED -> NOT_COVERED;
            case MISCONFIGURED -> MISCONFIGURED;
            case PROTECTED -> {
                if (lastCompletedSnapshot == null) {
                    yield NEVER_BACKED_UP;
                }
                yield Duration.between(lastCompletedSnapshot, now).compareTo(overdueAfter) > 0 ? OVERDUE : OK;
            }
        };
    }
}
