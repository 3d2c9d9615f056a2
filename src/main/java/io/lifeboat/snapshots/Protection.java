package io.lifeboat.snapshots;

import java.util.Comparator;
import java.util.List;

/**
 * When a volume was protected, and how that is known. EC2 keeps no history of tags, so the periods come
 * from Lifeboat's own record of the tag edits it made, where there is one, and are otherwise assumed
 * from the tags as they are now; {@code basis} says which, in words the timeline shows.
 *
 * @param periods in time order, not overlapping; empty when the volume was never protected
 * @param assumed true when some of the history is an assumption rather than a record
 */
public record Protection(List<ProtectionPeriod> periods, boolean assumed, String basis) {

    public Protection {
        periods = periods.stream().sorted(Comparator.comparing(ProtectionPeriod::from)).toList();
    }

    public static Protection none(String basis) {
        return new Protection(List.of(), true, basis);
    }

    /** The period in force now, if protected now. */
    public ProtectionPeriod current() {
        return periods.isEmpty() || !periods.get(periods.size() - 1).open() ? null : periods.get(periods.size() - 1);
    }
}
