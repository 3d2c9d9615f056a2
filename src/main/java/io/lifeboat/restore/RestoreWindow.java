package io.lifeboat.restore;

import io.lifeboat.aws.Problem;
import io.lifeboat.aws.ProblemException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The times a database can be restored to, from its EarliestRestorableTime to its
 * LatestRestorableTime, both included. AWS emulators accept any time; Lifeboat refuses one outside
 * the window, with the window's bounds, before it sends anything.
 *
 * @param earliest {@code null} when the source did not report it
 * @param latest {@code null} when the source has no backup yet
 */
public record RestoreWindow(String source, Instant earliest, Instant latest) {

    public boolean known() {
        return earliest != null && latest != null;
    }

    public boolean contains(Instant time) {
        return known() && !time.isBefore(earliest) && !time.isAfter(latest);
    }

    /** @throws ProblemException when {@code time} cannot be restored to, saying what can */
    public void check(RestoreTime time) {
        if (latest == null) {
            throw refused("NoRestorableTime", source + " has no restorable time yet (no automated backup).",
                    "Wait for its first backup, or choose another source.");
        }
        if (time.latest()) {
            return;
        }
        if (earliest == null) {
            throw refused("RestoreWindowUnknown", "The start of " + source + "'s restorable window is unknown, so "
                    + time.at() + " cannot be checked.", "Restore to the latest restorable time (" + latest + ").");
        }
        if (!contains(time.at())) {
            throw refused("OutsideRestorableWindow", time.at() + " is outside the restorable window of " + source
                    + ": " + text() + " (UTC).",
                    "Choose a time inside the window, or the latest restorable time.");
        }
    }

    /** "2025-03-03T09:00:00Z to 2025-03-10T08:55:00Z", to the second inside the window. */
    public String text() {
        return (earliest == null ? "?" : firstSecond().toString()) + " to " + (latest == null ? "?" : lastSecond().toString());
    }

    /** The earliest time to the second that is inside the window. */
    public Instant firstSecond() {
        Instant down = earliest.truncatedTo(ChronoUnit.SECONDS);
        return down.equals(earliest) ? down : down.plusSeconds(1);
    }

    /** The latest time to the second that is inside the window. */
    public Instant lastSecond() {
        return latest.truncatedTo(ChronoUnit.SECONDS);
    }

    private static ProblemException refused(String code, String message, String fix) {
        return new ProblemException(new Problem(Problem.Kind.INVALID_INPUT, code, message, fix));
    }
}
