package io.lifeboat.snapshots;

import io.lifeboat.inventory.Ec2Snapshot;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Snapshot values for the timeline's unit tests: no AWS, just records. */
final class Snapshots {

    static final String VOLUME = "vol-0123456789abcdef0";

    private static int sequence;

    private Snapshots() {
    }

    static Ec2Snapshot completed(Instant start, Map<String, String> tags) {
        return snapshot(start, "completed", 100, tags);
    }

    static Ec2Snapshot completed(Instant start) {
        return completed(start, Map.of());
    }

    static Ec2Snapshot snapshot(Instant start, String state, int progress, Map<String, String> tags) {
        return new Ec2Snapshot("eu-west-3", String.format("snap-%017x", ++sequence), VOLUME, start, state, progress, 8,
                "test", false, tags);
    }

    /** One completed snapshot a night at {@code time} local, on each day from {@code first} to {@code last} but the skipped ones. */
    static List<Ec2Snapshot> nightly(LocalDate first, LocalDate last, LocalTime time, ZoneId zone, LocalDate... skipped) {
        List<LocalDate> skip = List.of(skipped);
        List<Ec2Snapshot> snapshots = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (!skip.contains(day)) {
                snapshots.add(completed(day.atTime(time).atZone(zone).toInstant(),
                        Map.of("Type", "Automated", "DeleteOn", day.plusDays(14).toString())));
            }
        }
        return snapshots;
    }

    static Protection protectedSince(Instant from, int retentionDays) {
        return new Protection(List.of(ProtectionPeriod.since(from, retentionDays)), true, "test");
    }

    static VolumeHistory history(Instant created, List<Ec2Snapshot> snapshots, Protection protection) {
        return new VolumeHistory(VOLUME, "data", created, snapshots, protection);
    }
}
