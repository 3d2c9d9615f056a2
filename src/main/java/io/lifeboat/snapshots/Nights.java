package io.lifeboat.snapshots;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The backup engine's nights, read back from a volume's snapshots. The engine counts a volume done for
 * the night when a snapshot started less than {@link #WINDOW} ago ("a night is 20 hours", see
 * {@code backup.BackupDay}), so here a snapshot less than that after a night's first belongs to the same
 * night. After each night the next is expected a day later (local time, as a cron line runs) and is
 * kept if a backup starts before that expected time plus the window: a late run is late, not missed;
 * a run that crosses midnight is not a missed day. Each night that passes its window with no backup is
 * missed. Time zones only move the expected times by the length of a DST change, well inside the window.
 */
public final class Nights {

    /** The engine's night ({@code backup.BackupDay.WINDOW}; a test keeps the two equal). */
    public static final Duration WINDOW = Duration.ofHours(20);

    /** A night the policy expected a backup and none came, with the retention it would have been kept. */
    public record Missed(Instant expectedAt, int retentionDays) {
    }

    /** What the walk found: the missed nights (oldest first) and the next night whose window is still open. */
    public record Outcome(List<Missed> missed, Instant due) {
    }

    /**
     * A backup this soon after the last is the next night's whatever the zone: a local day is at least 23
     * hours, so the next night is expected no sooner than that, and kept for {@link #WINDOW} after.
     */
    private static final Duration SURELY_KEPT = Duration.ofHours(23).plus(WINDOW);

    private Nights() {
    }

    /** The first snapshot of each night, from start times in ascending order. */
    public static List<Instant> anchors(List<Instant> sortedStarts) {
        List<Instant> anchors = new ArrayList<>();
        long nightEnds = Long.MIN_VALUE;
        for (Instant start : sortedStarts) {
            long millis = start.toEpochMilli();
            if (millis >= nightEnds) {
                anchors.add(start);
                nightEnds = millis + WINDOW.toMillis();
            }
        }
        return anchors;
    }

    /**
     * Walks each protection period from its start (or the volume's creation) through the nights' anchors
     * to now. Nights on days before {@code reportFrom}, or older than the period's retention (their
     * snapshot would be deleted by now, so its absence proves nothing), are not reported.
     */
    public static Outcome walk(List<Instant> anchors, Protection protection, Instant created, Instant now, ZoneId zone,
                               LocalDate reportFrom) {
        List<Missed> missed = new ArrayList<>();
        Instant due = null;
        LocalDate today = LocalDate.ofInstant(now, zone);
        for (ProtectionPeriod period : protection.periods()) {
            Instant start = period.from().isBefore(created) ? created : period.from();
            Instant end = period.to() == null || period.to().isAfter(now) ? now : period.to();
            if (!start.isBefore(end)) {
                continue;
            }
            LocalDate judgeFrom = max(reportFrom, today.minusDays(period.retentionDays() - 1L));
            Instant previous = start;
            int next = firstAtOrAfter(anchors, start);
            while (true) {
                boolean last = next >= anchors.size() || !anchors.get(next).isBefore(end);
                Instant limit = last ? end : anchors.get(next);
                if (!last && limit.toEpochMilli() < previous.toEpochMilli() + SURELY_KEPT.toMillis()) {
                    previous = limit; // the usual case, a night after the last: kept, no calendar needed
                    next++;
                    continue;
                }
                ZonedDateTime base = previous.atZone(zone);
                long stop = firstKept(base, limit);
                for (long k = Math.max(1, ChronoUnit.DAYS.between(base.toLocalDate(), judgeFrom)); k < stop; k++) {
                    missed.add(new Missed(base.plusDays(k).toInstant(), period.retentionDays()));
                }
                if (last) {
                    if (period.to() == null || period.to().isAfter(now)) {
                        due = base.plusDays(stop).toInstant();
                    }
                    break;
                }
                previous = limit;
                next++;
            }
        }
        return new Outcome(missed, due);
    }

    /** The first k (from 1) whose expected night, {@code base} plus k days, still had its window open at {@code limit}. */
    private static long firstKept(ZonedDateTime base, Instant limit) {
        LocalDate lastWindowDay = LocalDate.ofInstant(limit.minus(WINDOW), base.getZone());
        long k = Math.max(1, ChronoUnit.DAYS.between(base.toLocalDate(), lastWindowDay) - 1);
        while (k > 1 && kept(base, k - 1, limit)) {
            k--;
        }
        while (!kept(base, k, limit)) {
            k++;
        }
        return k;
    }

    private static boolean kept(ZonedDateTime base, long k, Instant limit) {
        return limit.isBefore(base.plusDays(k).toInstant().plus(WINDOW));
    }

    private static int firstAtOrAfter(List<Instant> sorted, Instant from) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted.get(mid).isBefore(from)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
