package io.lifeboat.snapshots;

import java.time.LocalDate;

/**
 * One calendar day of a volume's timeline, in the user's time zone.
 *
 * @param snapshots how many snapshots (any state) were started that day
 */
public record DaySlot(LocalDate day, SlotStatus status, int snapshots) {
}
