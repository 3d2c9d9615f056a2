package io.lifeboat.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What is left of a multi-volume create when some of its snapshots turn out to exist after a lost answer. */
class SnapshotCreateTest {

    private static final SnapshotCreate SET = new SnapshotCreate("eu-west-3", "i-1", "db-1", List.of(
            new PlannedVolume("vol-root", "/dev/xvda", 8, true, false),
            new PlannedVolume("vol-a", "/dev/xvdf", 10, false, false),
            new PlannedVolume("vol-b", "/dev/xvdg", 20, false, false)),
            7, LocalDate.parse("2026-12-02"), SnapshotCreate.Kind.MULTI_VOLUME, false, List.of("vol-out"),
            Map.of("Type", "Automated"), "db-1 - i-1 (3 volumes: /dev/xvda, /dev/xvdf, /dev/xvdg)");

    @Test
    void theRestStaysOneSetWithTheFoundOnesExcluded() {
        SnapshotCreate rest = SET.without(Set.of("vol-root"));

        assertThat(rest.kind()).isEqualTo(SnapshotCreate.Kind.MULTI_VOLUME);
        assertThat(rest.volumeIds()).containsExactly("vol-a", "vol-b");
        assertThat(rest.excludeBootVolume()).isTrue();
        assertThat(rest.excludeDataVolumeIds()).containsExactly("vol-out");
    }

    @Test
    void aFoundDataVolumeIsExcludedByIdAndOneLeftIsASingleCreate() {
        SnapshotCreate rest = SET.without(Set.of("vol-a"));
        SnapshotCreate last = SET.without(Set.of("vol-a", "vol-root"));

        assertThat(rest.excludeDataVolumeIds()).containsExactly("vol-out", "vol-a");
        assertThat(rest.excludeBootVolume()).isFalse();
        assertThat(last.kind()).isEqualTo(SnapshotCreate.Kind.SINGLE_VOLUME);
        assertThat(last.volumeIds()).containsExactly("vol-b");
        assertThat(last.tags()).isEqualTo(SET.tags());
    }

    @Test
    void backoffGrowsExponentiallyUpToTheCapWithJitter() {
        Backoff low = new Backoff(6, Duration.ofMillis(500), Duration.ofSeconds(20), d -> { }, () -> 0.0);
        Backoff high = new Backoff(6, Duration.ofMillis(500), Duration.ofSeconds(20), d -> { }, () -> 0.999);

        assertThat(List.of(1, 2, 3, 4, 5, 6, 7).stream().map(low::delay).map(Duration::toMillis))
                .containsExactly(250L, 500L, 1000L, 2000L, 4000L, 8000L, 10_000L);
        assertThat(high.delay(1).toMillis()).isEqualTo(499);
        assertThat(high.delay(10).toMillis()).isBetween(19_900L, 20_000L);
    }
}
