package io.lifeboat.snapshots;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * One volume's timeline, ready to draw and to print: its snapshots as marks on tracks, its days with
 * what each says, the missed days, today and the retention horizon.
 *
 * @param days from the first day shown to today, one per calendar day of {@code zone}
 * @param retentionHorizon the last day older than the current retention (nothing before it is judged), or
 *                         {@code null} when the volume is not protected now
 */
public record VolumeTimeline(String volumeId, String label, Instant created, ZoneId zone, LocalDate today,
                             List<TimelineMark> marks, int tracks, List<DaySlot> days, List<LocalDate> missed,
                             LocalDate retentionHorizon, Protection protection) {

    public VolumeTimeline {
        marks = List.copyOf(marks);
        days = List.copyOf(days);
        missed = List.copyOf(missed);
    }

    /** The day's slot, or {@code null} outside the days shown. */
    public DaySlot day(LocalDate day) {
        if (days.isEmpty()) {
            return null;
        }
        long index = day.toEpochDay() - days.get(0).day().toEpochDay();
        return index < 0 || index >= days.size() ? null : days.get((int) index);
    }

    /** The current retention in days, or 0 when not protected now. */
    public int retentionDays() {
        ProtectionPeriod current = protection.current();
        return current == null ? 0 : current.retentionDays();
    }
}
