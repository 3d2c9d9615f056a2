package io.lifeboat.aws.sandbox.ec2;

import io.lifeboat.aws.sandbox.DemoFleet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The month of nightly backups the demo account has behind it, as the source document's Lambdas
 * made them and Lifeboat's engine carried on: one snapshot per volume per night at 01:00 UTC (the
 * job works through the volumes one after another, so each volume has its own minute), tagged with
 * the day it may be deleted. The story's accidents are part of the rules: the whole job failed 9
 * and 10 days ago, the pruner failed the last two nights (so snapshots due yesterday and today are
 * still there), one staging snapshot failed 5 days ago.
 */
final class SnapshotHistory {

    static final int DAYS = 30;
    static final Set<Integer> FAILED_JOB_DAYS = Set.of(9, 10);
    static final int DEFAULT_RETENTION = 7;
    static final Duration LIFEBOAT_SINCE = Duration.ofDays(3);
    static final String ERROR_INSTANCE = "stg-web-02";
    static final int ERROR_DAYS_AGO = 5;

    private final Instant now;
    private final LocalDate today;
    private int volumeIndex;

    SnapshotHistory(Instant now) {
        this.now = now;
        this.today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    /** The surviving nightly snapshots of one attached volume. */
    List<PlannedSnapshot> plan(DemoFleet.Instance instance, DemoFleet.Volume volume, Instant volumeCreated) {
        if (volume.history() == DemoFleet.History.NONE) {
            return List.of();
        }
        // Seconds into the run at which the job reaches this volume: stable per volume, a few minutes overall.
        int offsetSeconds = 20 + (volumeIndex++) * 9;
        int retention = retention(volume, instance);
        int newestDay = volume.history() == DemoFleet.History.STOPPED_4_DAYS_AGO ? 4 : 0;
        List<PlannedSnapshot> plans = new ArrayList<>();
        for (int daysAgo = newestDay; daysAgo < DAYS; daysAgo++) {
            LocalDate day = today.minusDays(daysAgo);
            Instant start = day.atTime(LocalTime.of(1, 0)).toInstant(ZoneOffset.UTC)
                    .plusSeconds(offsetSeconds + (daysAgo * 7L + offsetSeconds) % 5);
            LocalDate deleteOn = day.plusDays(retention);
            if (FAILED_JOB_DAYS.contains(daysAgo) || start.isAfter(now) || start.isBefore(volumeCreated)
                    || deleteOn.isBefore(today.minusDays(1))) {
                continue;
            }
            Map<String, String> tags = new LinkedHashMap<>();
            tags.put("DeleteOn", deleteOn.toString());
            tags.put("Type", "Automated");
            tags.put("Name", instance.name());
            if (start.isAfter(now.minus(LIFEBOAT_SINCE))) {
                tags.put("lifeboat:policy", "default");
            }
            boolean failed = instance.name().equals(ERROR_INSTANCE) && daysAgo == ERROR_DAYS_AGO;
            plans.add(new PlannedSnapshot(instance.region(), volume.id(), volume.sizeGiB(), start, failed,
                    description(instance, volume), volume.encrypted(), tags));
        }
        return plans;
    }

    /** The source document's description format. */
    static String description(DemoFleet.Instance instance, DemoFleet.Volume volume) {
        return instance.name() + " - " + volume.id() + " (" + volume.device() + ")";
    }

    /** The volume's own valid Retention tag wins, then the instance's, then 7 days. */
    static int retention(DemoFleet.Volume volume, DemoFleet.Instance instance) {
        Integer own = validRetention(volume.tags().get("Retention"));
        if (own != null) {
            return own;
        }
        Integer inherited = validRetention(instance.tags().get("Retention"));
        return inherited != null ? inherited : DEFAULT_RETENTION;
    }

    /** A whole number of days from 1 to 3650; anything else ("abc", "-3", "0", "7d") does not count. */
    static Integer validRetention(String text) {
        if (text == null || !text.matches("[0-9]{1,4}")) {
            return null;
        }
        int days = Integer.parseInt(text);
        return days >= 1 && days <= 3650 ? days : null;
    }
}
