package io.lifeboat.snapshots;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * What a timeline is drawn against: the time, the user's zone (days are the user's days), and what the
 * rest of the inventory says about snapshots (the AMIs that use them, their copies).
 */
public record TimelineContext(Instant now, ZoneId zone, Map<String, String> imageBySnapshot,
                              Map<String, List<CopyRef>> copiesBySnapshot) {

    public TimelineContext {
        imageBySnapshot = Map.copyOf(imageBySnapshot);
        copiesBySnapshot = Map.copyOf(copiesBySnapshot);
    }

    public static TimelineContext of(Instant now, ZoneId zone) {
        return new TimelineContext(now, zone, Map.of(), Map.of());
    }
}
