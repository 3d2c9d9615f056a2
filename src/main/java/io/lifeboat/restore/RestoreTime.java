package io.lifeboat.restore;

import io.lifeboat.aws.Problem;
import io.lifeboat.aws.ProblemException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The point in time to restore to: RDS's latest restorable time (which moves on until the restore
 * starts), or an instant. Text in or out is ISO-8601 with its offset; a local time is resolved in a
 * named zone, and refused when the zone's clocks skip it or pass it twice.
 *
 * @param at {@code null} for the latest restorable time
 */
public record RestoreTime(boolean latest, Instant at) {

    public RestoreTime {
        if (latest == (at != null)) {
            throw new IllegalArgumentException("Either the latest restorable time or an instant");
        }
    }

    public static RestoreTime latestRestorable() {
        return new RestoreTime(true, null);
    }

    public static RestoreTime of(Instant instant) {
        return new RestoreTime(false, Objects.requireNonNull(instant));
    }

    /**
     * {@code latest}, or an ISO-8601 date and time with its offset ({@code 2025-03-10T09:30:00+01:00},
     * {@code ...Z}, or with a zone id in brackets).
     *
     * @throws ProblemException for anything else, a time without an offset included: it would be a guess
     */
    public static RestoreTime parse(String text) {
        String value = text == null ? "" : text.trim();
        if (value.toLowerCase(Locale.ROOT).equals("latest")) {
            return latestRestorable();
        }
        try {
            return of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException notOffset) {
            try {
                return of(ZonedDateTime.parse(value).toInstant());
            } catch (DateTimeParseException notZoned) {
                try {
                    LocalDateTime local = LocalDateTime.parse(value);
                    throw invalid("NoTimeZone", value + " has no offset, so it could be any of 24 times.",
                            "Write it with its offset, as " + local.atOffset(ZoneOffset.UTC) + " (UTC) or "
                                    + local + "+01:00.");
                } catch (DateTimeParseException notLocal) {
                    throw invalid("InvalidTime", "'" + value + "' is neither 'latest' nor an ISO-8601 time.",
                            "Write 'latest' or a time such as 2025-03-10T09:30:00Z or 2025-03-10T10:30:00+01:00.");
                }
            }
        }
    }

    /**
     * A wall-clock time in {@code zone}.
     *
     * @throws ProblemException when that time does not exist there (clocks moved forward) or exists
     *                          twice (clocks moved back): the user must say which
     */
    public static RestoreTime local(LocalDateTime time, ZoneId zone) {
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(time);
        if (offsets.size() == 1) {
            return of(time.atOffset(offsets.get(0)).toInstant());
        }
        ZoneOffsetTransition transition = zone.getRules().getTransition(time);
        if (offsets.isEmpty()) {
            throw invalid("NonexistentLocalTime", time + " does not exist in " + zone + ": the clocks went from "
                    + transition.getDateTimeBefore().toLocalTime() + " to " + transition.getDateTimeAfter().toLocalTime()
                    + " that night.", "Choose a time before " + transition.getDateTimeBefore().toLocalTime()
                    + " or from " + transition.getDateTimeAfter().toLocalTime() + ", or give it in UTC.");
        }
        throw invalid("AmbiguousLocalTime", time + " happens twice in " + zone + " (at " + offsets.get(0) + " and again at "
                + offsets.get(1) + ") as the clocks went back.", "Give it in UTC, or with its offset: "
                + time.atOffset(offsets.get(0)) + " or " + time.atOffset(offsets.get(1)) + ".");
    }

    /** "latest" or the instant in ISO-8601 (UTC). */
    public String text() {
        return latest ? "latest" : at.toString();
    }

    private static ProblemException invalid(String code, String message, String fix) {
        return new ProblemException(new Problem(Problem.Kind.INVALID_INPUT, code, message, fix));
    }
}
