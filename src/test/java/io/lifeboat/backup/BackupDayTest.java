package io.lifeboat.backup;

import static io.lifeboat.backup.Inventories.region;
import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.volumes.BackupConvention;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whether a night's backup is done does not depend on which side of 00:00 UTC a run falls: a run that
 * crosses midnight, and a cron line in local time across both DST changes, neither skip a night nor
 * double one. Each night plans from the snapshots the nights before made.
 */
class BackupDayTest {

    private static final BackupSettings SETTINGS = BackupSettings.defaults(BackupConvention.DEFAULT);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final List<Instant> made = new ArrayList<>();

    /** Plans at {@code now}; if it plans a create, "makes" the snapshot {@code delay} later. */
    private boolean night(Instant now, Duration delay) {
        Inventories fleet = region("eu-west-3").instance("i-1", "Name", "web-1", "Backup", "Yes")
                .volume("vol-root", "i-1", "/dev/xvda", 8);
        for (int i = 0; i < made.size(); i++) {
            fleet.snapshot("snap-" + i, "vol-root", made.get(i), "completed", "Type", "Automated",
                    "DeleteOn", LocalDate.ofInstant(made.get(i), ZoneOffset.UTC).plusDays(7).toString(),
                    "lifeboat:policy", "default");
        }
        BackupPlan plan = BackupPlanner.plan(List.of(fleet.build()), SETTINGS, now);
        if (plan.creates().isEmpty()) {
            return false;
        }
        made.add(now.plus(delay));
        return true;
    }

    @Test
    void aRunThatCrossesMidnightNeitherSkipsTheNextNightNorRunsTwice() {
        Instant planned = Instant.parse("2026-11-24T23:59:30Z");

        // Planned on the 24th, the snapshot starts on the 25th (UTC).
        assertThat(night(planned, Duration.ofSeconds(40))).isTrue();
        assertThat(night(planned.plus(Duration.ofMinutes(40)), Duration.ZERO)).as("a retry after midnight").isFalse();
        // The next night plans on the 25th again: a calendar day would call the volume done and skip it.
        assertThat(night(planned.plus(Duration.ofDays(1)), Duration.ofSeconds(40))).as("the next night").isTrue();
        assertThat(made).hasSize(2);
    }

    @Test
    void aCronLineInLocalTimeAcrossBothDstChangesSnapshotsOncePerNight() {
        List<LocalDate> nights = new ArrayList<>();
        LocalDate.of(2026, 3, 26).datesUntil(LocalDate.of(2026, 4, 2)).forEach(nights::add);
        LocalDate.of(2026, 10, 22).datesUntil(LocalDate.of(2026, 10, 29)).forEach(nights::add);

        for (LocalDate date : nights) {
            // 01:30 in Paris is 00:30 UTC in winter and 23:30 UTC the day before in summer.
            Instant cron = date.atTime(LocalTime.of(1, 30)).atZone(PARIS).toInstant();

            assertThat(night(cron, Duration.ofMinutes(2))).as("the cron run of " + date).isTrue();
            assertThat(night(cron.plus(Duration.ofMinutes(30)), Duration.ZERO)).as("a second run on " + date).isFalse();
        }
        assertThat(made).hasSize(nights.size());
    }
}
