package io.lifeboat.snapshots;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;

/**
 * Calendar days from one date to today in a time zone, with the instant each starts (a day is 23 or 25
 * hours across a DST change). Computed once and shared by every volume of a heat map.
 */
public final class DayGrid {

    private final LocalDate from;
    private final LocalDate today;
    private final ZoneId zone;
    private final Instant now;
    /** starts[i] is when day i begins; starts[size] when the day after today does. */
    private final Instant[] starts;
    private final LocalDate[] days;

    private DayGrid(LocalDate from, LocalDate today, ZoneId zone, Instant now) {
        this.from = from;
        this.today = today;
        this.zone = zone;
        this.now = now;
        int size = (int) Math.max(0, today.toEpochDay() - from.toEpochDay() + 1);
        this.starts = new Instant[size + 1];
        this.days = new LocalDate[size];
        for (int i = 0; i <= size; i++) {
            LocalDate day = from.plusDays(i);
            starts[i] = day.atStartOfDay(zone).toInstant();
            if (i < size) {
                days[i] = day;
            }
        }
    }

    /** The days from {@code from} to today at {@code now}. */
    public static DayGrid of(LocalDate from, Instant now, ZoneId zone) {
        return new DayGrid(from, LocalDate.ofInstant(now, zone), zone, now);
    }

    /** The last {@code days} days, today included. */
    public static DayGrid last(int days, Instant now, ZoneId zone) {
        return of(LocalDate.ofInstant(now, zone).minusDays(days - 1L), now, zone);
    }

    public int size() {
        return starts.length - 1;
    }

    public LocalDate day(int index) {
        return days[index];
    }

    public Instant start(int index) {
        return starts[index];
    }

    public Instant end(int index) {
        return starts[index + 1];
    }

    /** The index of the day holding {@code instant}, or -1 outside the grid. */
    public int indexOf(Instant instant) {
        if (instant.isBefore(starts[0]) || !instant.isBefore(starts[starts.length - 1])) {
            return -1;
        }
        int found = Arrays.binarySearch(starts, instant);
        return found >= 0 ? found : -found - 2;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate today() {
        return today;
    }

    public ZoneId zone() {
        return zone;
    }

    public Instant now() {
        return now;
    }
}
