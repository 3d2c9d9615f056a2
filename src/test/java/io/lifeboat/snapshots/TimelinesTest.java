package io.lifeboat.snapshots;

import static io.lifeboat.snapshots.Snapshots.completed;
import static io.lifeboat.snapshots.Snapshots.history;
import static io.lifeboat.snapshots.Snapshots.nightly;
import static io.lifeboat.snapshots.Snapshots.protectedSince;
import static io.lifeboat.snapshots.Snapshots.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.inventory.Ec2Snapshot;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The timeline model: expected nightly slots against the snapshots taken, day by day in the user's zone. */
class TimelinesTest {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalTime ONE_AM = LocalTime.of(1, 0);

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    private static Instant at(String text) {
        return Instant.parse(text);
    }

    private static VolumeTimeline timeline(VolumeHistory volume, Instant now, ZoneId zone) {
        return Timelines.of(volume, TimelineContext.of(now, zone));
    }

    private static SlotStatus status(VolumeTimeline timeline, String day) {
        return timeline.day(date(day)).status();
    }

    @Test
    void aDailyJobWithTwoFailedNightsMissesThoseTwoDaysAndJudgesNothingOlderThanTheRetention() {
        Instant created = at("2026-10-01T09:00:00Z");
        List<Ec2Snapshot> snapshots = nightly(date("2026-11-06"), date("2026-11-20"), ONE_AM, UTC,
                date("2026-11-10"), date("2026-11-11"));

        VolumeTimeline t = timeline(history(created, snapshots, protectedSince(created, 14)), at("2026-11-20T10:15:00Z"), UTC);

        assertThat(t.missed()).containsExactly(date("2026-11-10"), date("2026-11-11"));
        assertThat(t.days()).hasSize(51);
        assertThat(t.days().get(0).day()).isEqualTo(date("2026-10-01"));
        assertThat(status(t, "2026-11-10")).isEqualTo(SlotStatus.MISSED);
        assertThat(status(t, "2026-11-09")).isEqualTo(SlotStatus.BACKED_UP);
        assertThat(status(t, "2026-11-20")).isEqualTo(SlotStatus.BACKED_UP);
        // Snapshots of October were deleted after 14 days, as the policy says: their absence proves nothing.
        assertThat(status(t, "2026-10-15")).isEqualTo(SlotStatus.BEYOND_RETENTION);
        assertThat(t.retentionHorizon()).isEqualTo(date("2026-11-06"));
        assertThat(t.today()).isEqualTo(date("2026-11-20"));
    }

    @Test
    void aRunThatCrossesMidnightIsNotAMissedDay() {
        Instant created = at("2026-11-15T12:00:00Z");
        List<Ec2Snapshot> snapshots = List.of(completed(at("2026-11-15T23:50:00Z")), completed(at("2026-11-17T00:05:00Z")),
                completed(at("2026-11-17T23:55:00Z")), completed(at("2026-11-18T23:58:00Z")),
                completed(at("2026-11-20T00:02:00Z")));

        VolumeTimeline t = timeline(history(created, snapshots, protectedSince(created, 30)), at("2026-11-20T12:00:00Z"), UTC);

        assertThat(t.missed()).isEmpty();
        assertThat(status(t, "2026-11-16")).isEqualTo(SlotStatus.NO_SNAPSHOT);
        assertThat(status(t, "2026-11-19")).isEqualTo(SlotStatus.NO_SNAPSHOT);
        assertThat(status(t, "2026-11-17")).isEqualTo(SlotStatus.BACKED_UP);
        assertThat(t.day(date("2026-11-17")).snapshots()).isEqualTo(2);
    }

    /** The same UTC history seen from three zones: each user's missed day is the local day the night fell on. */
    @ParameterizedTest
    @CsvSource({"UTC, 2026-11-12, 2026-11-01", "America/New_York, 2026-11-11, 2026-10-31", "Asia/Tokyo, 2026-11-12, 2026-11-01"})
    void theMissedDayIsTheUsersLocalDay(String zone, String missedDay, String firstBackedUpDay) {
        ZoneId z = ZoneId.of(zone);
        Instant created = at("2026-10-31T12:00:00Z");
        List<Ec2Snapshot> snapshots = nightly(date("2026-11-01"), date("2026-11-20"), ONE_AM, UTC, date("2026-11-12"));

        VolumeTimeline t = timeline(history(created, snapshots, protectedSince(created, 30)), at("2026-11-20T10:15:00Z"), z);

        assertThat(t.missed()).containsExactly(date(missedDay));
        assertThat(t.days()).filteredOn(d -> d.status() == SlotStatus.BACKED_UP).first()
                .satisfies(d -> assertThat(d.day()).isEqualTo(date(firstBackedUpDay)));
        assertThat(t.days().get(0).status()).isIn(SlotStatus.NO_SNAPSHOT, SlotStatus.BACKED_UP);
    }

    @Test
    void inNewYorkTheNightsBackupIsYesterdayEveningSoTodayIsStillDue() {
        Instant created = at("2026-10-31T12:00:00Z");
        List<Ec2Snapshot> snapshots = nightly(date("2026-11-01"), date("2026-11-20"), ONE_AM, UTC);

        VolumeTimeline t = Timelines.of(history(created, snapshots, protectedSince(created, 30)),
                TimelineContext.of(at("2026-11-20T10:15:00Z"), ZoneId.of("America/New_York")), date("2026-10-29"));

        assertThat(t.today()).isEqualTo(date("2026-11-20"));
        assertThat(status(t, "2026-11-20")).isEqualTo(SlotStatus.DUE);
        assertThat(status(t, "2026-11-19")).isEqualTo(SlotStatus.BACKED_UP);
        assertThat(status(t, "2026-10-30")).isEqualTo(SlotStatus.BEFORE_VOLUME);
    }

    /** A cron line at 01:30 Paris time: 23 and 25 hours apart across the changes, never a missed night. */
    @ParameterizedTest
    @CsvSource({"2026-03-20, 2026-04-05, 2026-03-29", "2026-10-18, 2026-11-01, 2026-10-25"})
    void daylightSavingChangesMissNothingAndTheDayOfTheChangeCanStillBeMissed(String first, String last, String change) {
        ZoneId zone = PARIS;
        Instant created = date(first).minusDays(1).atTime(12, 0).atZone(zone).toInstant();
        Instant now = date(last).atTime(12, 0).atZone(zone).toInstant();
        List<Ec2Snapshot> all = nightly(date(first), date(last), LocalTime.of(1, 30), zone);

        VolumeTimeline t = timeline(history(created, all, protectedSince(created, 30)), now, zone);
        VolumeTimeline skipped = timeline(history(created, nightly(date(first), date(last), LocalTime.of(1, 30), zone,
                date(change)), protectedSince(created, 30)), now, zone);

        assertThat(t.missed()).isEmpty();
        assertThat(t.days()).filteredOn(d -> !d.day().isBefore(date(first)))
                .allSatisfy(d -> assertThat(d.status()).as(d.day().toString()).isEqualTo(SlotStatus.BACKED_UP));
        assertThat(skipped.missed()).containsExactly(date(change));
    }

    @Test
    void monthEndsAndLeapDaysAreDaysLikeAnyOther() {
        Instant created = at("2026-02-19T12:00:00Z");
        VolumeTimeline t = timeline(history(created, nightly(date("2026-02-20"), date("2026-03-05"), ONE_AM, UTC,
                date("2026-02-28")), protectedSince(created, 30)), at("2026-03-05T12:00:00Z"), UTC);
        Instant leapCreated = at("2028-02-19T12:00:00Z");
        VolumeTimeline leap = timeline(history(leapCreated, nightly(date("2028-02-20"), date("2028-03-05"), ONE_AM, UTC,
                date("2028-02-29")), protectedSince(leapCreated, 30)), at("2028-03-05T12:00:00Z"), UTC);

        assertThat(t.missed()).containsExactly(date("2026-02-28"));
        assertThat(t.days()).extracting(DaySlot::day).containsSequence(date("2026-02-28"), date("2026-03-01")).hasSize(15);
        assertThat(status(t, "2026-03-01")).isEqualTo(SlotStatus.BACKED_UP);
        assertThat(leap.missed()).containsExactly(date("2028-02-29"));
        assertThat(leap.days()).hasSize(16);
    }

    @Test
    void daysBeforeTheVolumeExistedAreNeverMissedAndItsFirstNightsAre() {
        Instant created = at("2026-11-18T10:00:00Z");
        VolumeHistory never = history(created, List.of(), protectedSince(created, 7));
        VolumeHistory backedUp = history(created, List.of(completed(at("2026-11-19T01:00:00Z")),
                completed(at("2026-11-20T01:00:00Z"))), protectedSince(created, 7));
        Instant now = at("2026-11-20T12:00:00Z");

        VolumeTimeline t = Timelines.of(never, TimelineContext.of(now, UTC), date("2026-11-15"));

        assertThat(status(t, "2026-11-17")).isEqualTo(SlotStatus.BEFORE_VOLUME);
        assertThat(status(t, "2026-11-18")).isEqualTo(SlotStatus.NO_SNAPSHOT);
        assertThat(t.missed()).containsExactly(date("2026-11-19"));
        assertThat(status(t, "2026-11-20")).isEqualTo(SlotStatus.DUE);
        assertThat(Timelines.of(backedUp, TimelineContext.of(now, UTC), date("2026-11-15")).missed()).isEmpty();
    }

    @Test
    void whileOptedOutNothingIsExpectedAndTheNightsAfterAreAgain() {
        Instant created = at("2026-10-01T09:00:00Z");
        List<Ec2Snapshot> snapshots = new ArrayList<>(nightly(date("2026-10-20"), date("2026-11-05"), ONE_AM, UTC));
        snapshots.addAll(nightly(date("2026-11-13"), date("2026-11-20"), ONE_AM, UTC, date("2026-11-16")));
        Protection optedOut = new Protection(List.of(new ProtectionPeriod(created, at("2026-11-05T12:00:00Z"), 14),
                ProtectionPeriod.since(at("2026-11-12T12:00:00Z"), 14)), false, "recorded");
        Instant now = at("2026-11-20T10:15:00Z");

        VolumeTimeline t = timeline(history(created, snapshots, optedOut), now, UTC);
        VolumeTimeline always = timeline(history(created, snapshots, protectedSince(created, 14)), now, UTC);

        assertThat(t.missed()).containsExactly(date("2026-11-16"));
        assertThat(t.days()).filteredOn(d -> !d.day().isBefore(date("2026-11-06")) && d.day().isBefore(date("2026-11-12")))
                .hasSize(6).allSatisfy(d -> assertThat(d.status()).isEqualTo(SlotStatus.NOT_PROTECTED));
        assertThat(status(t, "2026-11-05")).isEqualTo(SlotStatus.BACKED_UP);
        assertThat(status(t, "2026-11-12")).isEqualTo(SlotStatus.NO_SNAPSHOT);
        assertThat(always.missed()).containsExactly(date("2026-11-07"), date("2026-11-08"), date("2026-11-09"),
                date("2026-11-10"), date("2026-11-11"), date("2026-11-12"), date("2026-11-16"));
    }

    @Test
    void aVolumeNeverProtectedIsNeverMissed() {
        Instant created = at("2026-10-01T09:00:00Z");
        VolumeTimeline t = timeline(history(created, List.of(completed(at("2026-11-02T14:00:00Z"))),
                Protection.none("opted out")), at("2026-11-20T10:15:00Z"), UTC);

        assertThat(t.missed()).isEmpty();
        assertThat(t.retentionHorizon()).isNull();
        assertThat(t.days()).extracting(DaySlot::status).containsOnly(SlotStatus.NOT_PROTECTED);
    }

    @Test
    void tonightIsDueUntilItsWindowCloses() {
        Instant created = at("2026-11-01T09:00:00Z");
        VolumeHistory volume = history(created, nightly(date("2026-11-02"), date("2026-11-19"), ONE_AM, UTC),
                protectedSince(created, 7));

        VolumeTimeline morning = timeline(volume, at("2026-11-20T10:00:00Z"), UTC);
        VolumeTimeline evening = timeline(volume, at("2026-11-20T22:00:00Z"), UTC);

        assertThat(morning.missed()).isEmpty();
        assertThat(status(morning, "2026-11-20")).isEqualTo(SlotStatus.DUE);
        assertThat(evening.missed()).containsExactly(date("2026-11-20"));
        assertThat(status(evening, "2026-11-20")).isEqualTo(SlotStatus.MISSED);
    }

    @Test
    void aPendingSnapshotIsTheNightsBackupInProgressAndAFailedOneIsNoBackup() {
        Instant created = at("2026-11-01T09:00:00Z");
        List<Ec2Snapshot> snapshots = new ArrayList<>(nightly(date("2026-11-02"), date("2026-11-18"), ONE_AM, UTC));
        snapshots.add(snapshot(at("2026-11-19T01:00:00Z"), "error", 0, Map.of()));
        snapshots.add(snapshot(at("2026-11-20T01:00:00Z"), "pending", 40, Map.of()));

        VolumeTimeline t = timeline(history(created, snapshots, protectedSince(created, 7)), at("2026-11-20T10:00:00Z"), UTC);

        assertThat(t.missed()).containsExactly(date("2026-11-19"));
        assertThat(status(t, "2026-11-20")).isEqualTo(SlotStatus.IN_PROGRESS);
    }
}
