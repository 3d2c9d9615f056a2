package io.lifeboat.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.snapshots.Nights;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The timelines read nights as the engine makes them: one window, the same on both sides. */
class NightsAgreeWithTheEngineTest {

    @Test
    void theTimelinesNightIsTheEnginesNight() {
        assertThat(Nights.WINDOW).isEqualTo(BackupDay.WINDOW);
        Instant now = Instant.parse("2026-11-20T10:00:00Z");
        // What the engine counts as tonight's, the timeline puts in the same night as a snapshot made now.
        Instant justInside = now.minus(BackupDay.WINDOW).plusSeconds(1);
        Instant justOutside = now.minus(BackupDay.WINDOW);
        assertThat(BackupDay.current(justInside, now)).isTrue();
        assertThat(Nights.anchors(java.util.List.of(justInside, now))).containsExactly(justInside);
        assertThat(BackupDay.current(justOutside, now)).isFalse();
        assertThat(Nights.anchors(java.util.List.of(justOutside, now))).containsExactly(justOutside, now);
    }
}
