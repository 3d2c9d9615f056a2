package io.lifeboat.snapshots;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.volumes.VolumeFilter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fleet's heat map: a row per volume, a slot per day, worst first, filtered like the Volumes view. */
class FleetTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:15:00Z");
    private static final Instant CREATED = Instant.parse("2026-09-01T00:00:00Z");

    /** Daily at 01:00 for the last 14 days, but the days in {@code skipped} (days ago). */
    private static void nightly(Region region, String volume, int... skipped) {
        java.util.Set<Integer> skip = new java.util.HashSet<>();
        for (int s : skipped) {
            skip.add(s);
        }
        for (int daysAgo = 0; daysAgo < 14; daysAgo++) {
            if (!skip.contains(daysAgo)) {
                LocalDate day = LocalDate.parse("2026-11-20").minusDays(daysAgo);
                region.snapshot(volume + "-" + daysAgo, volume, day.atTime(1, 0).toInstant(ZoneOffset.UTC),
                        Map.of("Type", "Automated", "DeleteOn", day.plusDays(14).toString()));
            }
        }
    }

    private Region fleet() {
        Region region = new Region(NOW)
                .instance("i-0web", Map.of("Name", "web-1", "Backup", "Yes", "Retention", "14", "Env", "prod"))
                .instance("i-0db", Map.of("Name", "db-1", "Backup", "Yes", "Retention", "14", "Env", "prod"))
                .instance("i-0dev", Map.of("Name", "dev-1", "Env", "dev"))
                .volume("vol-0web", "i-0web", "/dev/xvda", CREATED, Map.of())
                .volume("vol-0db", "i-0db", "/dev/xvda", CREATED, Map.of())
                .volume("vol-0new", "i-0db", "/dev/xvdf", Instant.parse("2026-11-17T09:00:00Z"), Map.of())
                .volume("vol-0dev", "i-0dev", "/dev/xvda", CREATED, Map.of());
        nightly(region, "vol-0web");
        nightly(region, "vol-0db", 2, 3, 9);
        return region;
    }

    @Test
    void worstFirstAndEachDayAsTheTimelineSaysIt() {
        RegionSnapshots snapshots = fleet().snapshots();

        List<FleetRow> rows = snapshots.fleet(snapshots.volumes(), DayGrid.last(30, NOW, ZoneOffset.UTC));

        assertThat(rows).extracting(r -> r.volume().volumeId()).containsExactly("vol-0db", "vol-0new", "vol-0web", "vol-0dev");
        FleetRow db = rows.get(0);
        assertThat(db.missed()).isEqualTo(3);
        assertThat(db.days()).hasSize(30);
        assertThat(db.days().get(29).day()).isEqualTo(LocalDate.parse("2026-11-20"));
        assertThat(db.days().get(29 - 2).status()).isEqualTo(SlotStatus.MISSED);
        assertThat(db.days()).extracting(DaySlot::status)
                .isEqualTo(snapshots.timeline("vol-0db", NOW, ZoneOffset.UTC).days().subList(
                        snapshots.timeline("vol-0db", NOW, ZoneOffset.UTC).days().size() - 30,
                        snapshots.timeline("vol-0db", NOW, ZoneOffset.UTC).days().size()).stream()
                        .map(DaySlot::status).toList());
        // Made three days ago, protected, never backed up: two nights missed, today still due.
        assertThat(rows.get(1).missed()).isEqualTo(2);
        assertThat(rows.get(3).days()).extracting(DaySlot::status).containsOnly(SlotStatus.NOT_PROTECTED);
    }

    @Test
    void filteredLikeTheVolumesView() {
        RegionSnapshots snapshots = fleet().snapshots();
        VolumeFilter prodWeb = VolumeFilter.ALL.withText("web");

        List<FleetRow> rows = snapshots.fleet(prodWeb.apply(List.copyOf(snapshots.volumes())),
                DayGrid.last(90, NOW, ZoneOffset.UTC));

        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.volume().volumeId()).isEqualTo("vol-0web");
            assertThat(r.days()).hasSize(90);
            assertThat(r.missed()).isZero();
        });
    }

    @Test
    void theTimelineOfAnInstanceIsOneLanePerVolumeByDevice() {
        RegionSnapshots snapshots = fleet().snapshots();

        List<VolumeTimeline> lanes = snapshots.instanceTimelines("i-0db", NOW, ZoneOffset.UTC);

        assertThat(lanes).extracting(VolumeTimeline::volumeId).containsExactly("vol-0db", "vol-0new");
        Map<String, Integer> missed = new HashMap<>();
        lanes.forEach(l -> missed.put(l.volumeId(), l.missed().size()));
        assertThat(missed).containsEntry("vol-0db", 3).containsEntry("vol-0new", 2);
    }
}
