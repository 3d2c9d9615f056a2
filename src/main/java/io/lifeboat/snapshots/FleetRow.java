package io.lifeboat.snapshots;

import io.lifeboat.volumes.VolumeRecord;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * One volume's row of the fleet heat map: a slot per day of the window, how many were missed, and when
 * it was last backed up.
 *
 * @param lastBackup the start of its newest completed snapshot, or {@code null}
 */
public record FleetRow(VolumeRecord volume, List<DaySlot> days, int missed, Instant lastBackup) {

    /**
     * Worst first: most missed days; then protected volumes never backed up; then the oldest last backup;
     * then by name, so equal rows keep a stable order.
     */
    public static final Comparator<FleetRow> WORST_FIRST = Comparator.comparingInt(FleetRow::missed).reversed()
            .thenComparing(r -> !(r.volume().policy().backedUp() && r.lastBackup() == null))
            .thenComparing(FleetRow::lastBackup, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> r.volume().name())
            .thenComparing(r -> r.volume().volumeId());

    public FleetRow {
        days = List.copyOf(days);
    }
}
