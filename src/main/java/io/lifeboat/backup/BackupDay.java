package io.lifeboat.backup;

import java.time.Duration;
import java.time.Instant;

/**
 * When a volume counts as backed up for the night: an automated snapshot started less than
 * {@link #WINDOW} ago, whatever the calendar says. A run that crosses 00:00 UTC, or a cron line in
 * local time across a DST change, lands on one side of midnight or the other; counting calendar days
 * then skipped the next night or made a second snapshot. Nightly runs are 23 to 25 hours apart and
 * a night's work takes a few hours at most, so 20 hours tells "tonight's" from "last night's"; a
 * second run the same night (a retry, Run now after cron) finds the volume done. Overlapping runs
 * use the same window to agree on duplicates ({@link Duplicates}).
 */
final class BackupDay {

    static final Duration WINDOW = Duration.ofHours(20);

    private BackupDay() {
    }

    /** Whether a snapshot started at {@code start} is the current night's backup at {@code now}. */
    static boolean current(Instant start, Instant now) {
        return start != null && start.isAfter(now.minus(WINDOW));
    }

    /** "3 h ago", "25 min ago", for the plan's reasons. */
    static String ago(Instant start, Instant now) {
        Duration age = Duration.between(start, now);
        if (age.isNegative() || age.toMinutes() < 1) {
            return "just now";
        }
        return age.toHours() >= 1 ? age.toHours() + " h ago" : age.toMinutes() + " min ago";
    }
}
