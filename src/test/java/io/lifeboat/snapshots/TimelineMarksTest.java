package io.lifeboat.snapshots;

import static io.lifeboat.snapshots.Snapshots.completed;
import static io.lifeboat.snapshots.Snapshots.history;
import static io.lifeboat.snapshots.Snapshots.nightly;
import static io.lifeboat.snapshots.Snapshots.protectedSince;
import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.inventory.Ec2Snapshot;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The marks of a timeline: bars to DeleteOn packed on tracks, open bars, origins, the AMI and copies of each. */
class TimelineMarksTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:15:00Z");
    private static final Instant CREATED = Instant.parse("2026-10-01T00:00:00Z");

    @Test
    void aWeekOfDailySnapshotsKeptSevenDaysFillsSevenTracksAndNoMore() {
        List<Ec2Snapshot> snapshots = new ArrayList<>();
        for (LocalDate day = LocalDate.parse("2026-11-01"); !day.isAfter(LocalDate.parse("2026-11-20")); day = day.plusDays(1)) {
            snapshots.add(completed(day.atTime(1, 0).toInstant(ZoneOffset.UTC), Map.of("DeleteOn", day.plusDays(7).toString())));
        }

        VolumeTimeline t = Timelines.of(history(CREATED, snapshots, protectedSince(CREATED, 7)),
                TimelineContext.of(NOW, ZoneOffset.UTC));

        assertThat(t.tracks()).isEqualTo(7);
        assertThat(t.marks()).hasSize(20).extracting(TimelineMark::track).containsSequence(0, 1, 2, 3, 4, 5, 6, 0, 1);
        assertThat(t.marks().get(0).keepUntil()).isEqualTo(LocalDate.parse("2026-11-08"));
        assertThat(t.marks().get(0).keepEnd()).isEqualTo(Instant.parse("2026-11-08T00:00:00Z"));
    }

    @Test
    void snapshotsKeptIndefinitelyHaveOpenBarsEachOnATrackOfItsOwn() {
        List<Ec2Snapshot> snapshots = new ArrayList<>(nightly(LocalDate.parse("2026-11-15"), LocalDate.parse("2026-11-16"),
                LocalTime.of(1, 0), ZoneOffset.UTC));
        snapshots.add(completed(Instant.parse("2026-11-02T14:00:00Z"), Map.of("Name", "before kernel upgrade")));
        snapshots.add(completed(Instant.parse("2026-11-03T14:00:00Z"), Map.of("DeleteOn", "2026-02-31")));

        VolumeTimeline t = Timelines.of(history(CREATED, snapshots, protectedSince(CREATED, 14)),
                TimelineContext.of(NOW, ZoneOffset.UTC));

        TimelineMark manual = t.marks().get(0);
        TimelineMark unreadable = t.marks().get(1);
        assertThat(manual.keptIndefinitely()).isTrue();
        assertThat(manual.keepEnd()).isNull();
        assertThat(manual.keepUnreadable()).isFalse();
        assertThat(unreadable.keptIndefinitely()).isTrue();
        assertThat(unreadable.keepUnreadable()).isTrue();
        // The nightly ones, kept 14 days, overlap each other: two more tracks.
        assertThat(t.marks()).extracting(TimelineMark::track).containsExactly(0, 1, 2, 3);
        assertThat(t.tracks()).isEqualTo(4);
    }

    @Test
    void eachMarkSaysWhoMadeItWhichAmiUsesItAndWhereItWasCopied() {
        Ec2Snapshot lifeboat = completed(Instant.parse("2026-11-18T01:00:00Z"),
                Map.of("Type", "Automated", "DeleteOn", "2026-12-02", "lifeboat:policy", "default"));
        Ec2Snapshot script = completed(Instant.parse("2026-11-19T01:00:00Z"), Map.of("Type", "Automated", "DeleteOn", "2026-12-03"));
        Ec2Snapshot dlm = completed(Instant.parse("2026-11-19T03:04:00Z"), Map.of("aws:dlm:lifecycle-policy-id", "policy-1"));
        Ec2Snapshot backup = completed(Instant.parse("2026-11-19T05:00:00Z"), Map.of("aws:backup:source-resource", "arn"));
        Ec2Snapshot manual = completed(Instant.parse("2026-11-19T14:00:00Z"));
        TimelineContext context = new TimelineContext(NOW, ZoneOffset.UTC, Map.of(script.id(), "ami-0123456789abcdef0"),
                Map.of(lifeboat.id(), List.of(new CopyRef("us-east-1", "snap-0ffff", "pending", 42))));

        VolumeTimeline t = Timelines.of(history(CREATED, List.of(manual, backup, dlm, script, lifeboat),
                protectedSince(CREATED, 14)), context);

        assertThat(t.marks()).extracting(TimelineMark::origin).containsExactly(SnapshotOrigin.LIFEBOAT,
                SnapshotOrigin.SCRIPT, SnapshotOrigin.DLM, SnapshotOrigin.AWS_BACKUP, SnapshotOrigin.MANUAL);
        assertThat(t.marks().get(1).imageId()).isEqualTo("ami-0123456789abcdef0");
        assertThat(t.marks().get(0).imageId()).isNull();
        assertThat(t.marks().get(0).copies()).singleElement()
                .satisfies(c -> assertThat(c.region() + " " + c.progressPercent()).isEqualTo("us-east-1 42"));
    }
}
