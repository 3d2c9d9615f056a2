package io.lifeboat.snapshots;

import io.lifeboat.inventory.Ec2Snapshot;
import io.lifeboat.volumes.BackupTags;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Computes timelines: pure functions of a {@link VolumeHistory} and a {@link TimelineContext}, so every
 * rule is a unit test away. Cost is linear in the volume's snapshots and the days shown, never a call.
 */
public final class Timelines {

    /** How far back a timeline goes at least, in days, when its snapshots do not go further. */
    public static final int DEFAULT_DAYS = 90;

    private static final Comparator<Ec2Snapshot> BY_START = Comparator.comparing(Ec2Snapshot::startTime,
            Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(Ec2Snapshot::id);

    private Timelines() {
    }

    /** The whole timeline, from its oldest snapshot or {@link #DEFAULT_DAYS} ago (not before the volume) to today. */
    public static VolumeTimeline of(VolumeHistory volume, TimelineContext context) {
        LocalDate today = LocalDate.ofInstant(context.now(), context.zone());
        LocalDate created = LocalDate.ofInstant(volume.created(), context.zone());
        LocalDate from = today.minusDays(DEFAULT_DAYS - 1L);
        from = created.isAfter(from) ? created : from;
        Optional<LocalDate> oldest = volume.snapshots().stream().map(Ec2Snapshot::startTime).filter(s -> s != null)
                .min(Instant::compareTo).map(s -> LocalDate.ofInstant(s, context.zone()));
        if (oldest.isPresent() && oldest.get().isBefore(from)) {
            from = oldest.get();
        }
        return of(volume, context, from.isAfter(today) ? today : from);
    }

    /** The timeline with days from {@code from} to today. */
    public static VolumeTimeline of(VolumeHistory volume, TimelineContext context, LocalDate from) {
        List<Ec2Snapshot> sorted = sorted(volume.snapshots());
        Coverage coverage = Coverage.of(volume, sorted, DayGrid.of(from, context.now(), context.zone()));
        LocalDate today = LocalDate.ofInstant(context.now(), context.zone());
        ProtectionPeriod current = volume.protection().current();
        LocalDate horizon = current == null ? null : today.minusDays(current.retentionDays());
        Marks marks = marks(sorted, context);
        return new VolumeTimeline(volume.volumeId(), volume.label(), volume.created(), context.zone(), today,
                marks.marks(), marks.tracks(), coverage.days(), coverage.missedDays(), horizon, volume.protection());
    }

    /** Only the days of {@code grid}: what the fleet's heat map needs, one grid for every volume. */
    public static List<DaySlot> days(VolumeHistory volume, DayGrid grid) {
        return Coverage.of(volume, sorted(volume.snapshots()), grid).days();
    }

    private static List<Ec2Snapshot> sorted(List<Ec2Snapshot> snapshots) {
        List<Ec2Snapshot> sorted = new ArrayList<>(snapshots);
        sorted.sort(BY_START);
        return sorted;
    }

    private record Marks(List<TimelineMark> marks, int tracks) {
    }

    /**
     * One mark per snapshot, each bar in the first track free at its start (greedy interval packing, in
     * start order), so a week of daily snapshots kept seven days fills seven tracks and no more.
     */
    private static Marks marks(List<Ec2Snapshot> sorted, TimelineContext context) {
        List<Instant> trackEnds = new ArrayList<>();
        List<TimelineMark> marks = new ArrayList<>(sorted.size());
        for (Ec2Snapshot snapshot : sorted) {
            String tag = snapshot.tag(BackupTags.DELETE_ON);
            LocalDate keepUntil = BackupTags.deleteOn(tag).orElse(null);
            Instant start = snapshot.startTime() == null ? Instant.EPOCH : snapshot.startTime();
            Instant end = keepUntil == null ? Instant.MAX : max(start, keepUntil.atStartOfDay(ZoneOffset.UTC).toInstant());
            int track = 0;
            while (track < trackEnds.size() && trackEnds.get(track).isAfter(start)) {
                track++;
            }
            if (track == trackEnds.size()) {
                trackEnds.add(end);
            } else {
                trackEnds.set(track, end);
            }
            marks.add(new TimelineMark(snapshot, SnapshotOrigin.of(snapshot.tags()), keepUntil,
                    tag != null && keepUntil == null, track, context.imageBySnapshot().get(snapshot.id()),
                    context.copiesBySnapshot().getOrDefault(snapshot.id(), List.of())));
        }
        return new Marks(marks, Math.max(1, trackEnds.size()));
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** The days of a volume and what each says; see {@link SlotStatus} for the order in which they are decided. */
    private record Coverage(List<DaySlot> days, List<LocalDate> missedDays) {

        static Coverage of(VolumeHistory volume, List<Ec2Snapshot> sorted, DayGrid grid) {
            int size = grid.size();
            if (size == 0) {
                return new Coverage(List.of(), List.of());
            }
            int[] completed = new int[size];
            int[] pending = new int[size];
            int[] any = new int[size];
            List<Instant> usable = new ArrayList<>(sorted.size());
            int index = 0; // the snapshots come in start order: the day they fall on only moves forward
            for (Ec2Snapshot s : sorted) {
                if (s.startTime() == null) {
                    continue;
                }
                boolean pendingNow = s.pending();
                if (s.completed() || pendingNow) {
                    usable.add(s.startTime());
                }
                if (s.startTime().isBefore(grid.start(0)) || !s.startTime().isBefore(grid.end(size - 1))) {
                    continue;
                }
                while (!s.startTime().isBefore(grid.end(index))) {
                    index++;
                }
                any[index]++;
                completed[index] += s.completed() ? 1 : 0;
                pending[index] += pendingNow ? 1 : 0;
            }
            Nights.Outcome nights = Nights.walk(Nights.anchors(usable), volume.protection(), volume.created(), grid.now(),
                    grid.zone(), grid.from());
            boolean[] missed = new boolean[size];
            List<LocalDate> missedDays = new ArrayList<>();
            for (Nights.Missed night : nights.missed()) {
                int day = grid.indexOf(night.expectedAt());
                if (day >= 0 && !missed[day]) {
                    missed[day] = true;
                    missedDays.add(grid.day(day));
                }
            }
            int due = dueIndex(grid, nights.due());
            List<DaySlot> days = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                days.add(new DaySlot(grid.day(i), status(volume, grid, i, missed[i], completed[i], pending[i], due), any[i]));
            }
            missedDays.sort(Comparator.naturalOrder());
            return new Coverage(days, missedDays);
        }

        /** The first day on which the night still due falls (days from it on are "due"), or past the grid. */
        private static int dueIndex(DayGrid grid, Instant due) {
            if (due == null) {
                return Integer.MAX_VALUE;
            }
            if (due.isBefore(grid.start(0))) {
                return 0;
            }
            int index = grid.indexOf(due);
            return index < 0 ? grid.size() : index;
        }

        private static SlotStatus status(VolumeHistory volume, DayGrid grid, int i, boolean missed, int completed,
                                         int pending, int due) {
            Instant start = grid.start(i);
            Instant end = grid.end(i);
            if (!end.isAfter(volume.created())) {
                return SlotStatus.BEFORE_VOLUME;
            }
            ProtectionPeriod period = null;
            for (ProtectionPeriod p : volume.protection().periods()) {
                if (p.overlaps(start, end)) {
                    period = p;
                }
            }
            if (period == null) {
                return SlotStatus.NOT_PROTECTED;
            }
            if (missed) {
                return SlotStatus.MISSED;
            }
            if (completed > 0) {
                return SlotStatus.BACKED_UP;
            }
            if (pending > 0) {
                return SlotStatus.IN_PROGRESS;
            }
            int today = grid.size() - 1;
            // Today may still see its backup, if the volume is protected now (a night is due).
            if (i >= due || (i == today && due != Integer.MAX_VALUE)) {
                return SlotStatus.DUE;
            }
            return i > today - period.retentionDays() ? SlotStatus.NO_SNAPSHOT : SlotStatus.BEYOND_RETENTION;
        }
    }
}
