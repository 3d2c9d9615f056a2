package io.lifeboat.snapshots;

import java.time.Instant;
import java.util.Objects;

/**
 * A stretch of time during which a volume's tags made it protected (backed up nightly), with the
 * retention they gave it.
 *
 * @param to when the protection ended (opted out, untagged), or {@code null} while it lasts
 */
public record ProtectionPeriod(Instant from, Instant to, int retentionDays) {

    public ProtectionPeriod {
        Objects.requireNonNull(from, "from");
        if (to != null && !to.isAfter(from)) {
            throw new IllegalArgumentException("A protection period ends after it starts: " + from + " to " + to);
        }
        if (retentionDays < 1) {
            throw new IllegalArgumentException("A retention is at least one day: " + retentionDays);
        }
    }

    /** Protected since {@code from}, still. */
    public static ProtectionPeriod since(Instant from, int retentionDays) {
        return new ProtectionPeriod(from, null, retentionDays);
    }

    public boolean open() {
        return to == null;
    }

    /** Whether any of {@code [start, end)} falls in this period. */
    public boolean overlaps(Instant start, Instant end) {
        return start.isBefore(to == null ? Instant.MAX : to) && end.isAfter(from);
    }
}
