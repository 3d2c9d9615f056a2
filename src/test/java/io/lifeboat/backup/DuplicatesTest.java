package io.lifeboat.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.backup.Duplicates.Candidate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rule every overlapping run applies alike: first by start time (then id) is kept, others within 20 h go. */
class DuplicatesTest {

    private static final Instant NIGHT = Instant.parse("2026-11-25T01:00:00Z");

    private static Candidate snapshot(String id, String volume, long secondsAfterNight) {
        return new Candidate(id, volume, NIGHT.plusSeconds(secondsAfterNight));
    }

    @Test
    void theFirstStartedIsKeptAndTheOrderTheyAreListedInDoesNotMatter() {
        List<Candidate> listed = new ArrayList<>(List.of(
                snapshot("snap-b1", "vol-1", 2), snapshot("snap-a1", "vol-1", 1),
                snapshot("snap-b2", "vol-2", 2), snapshot("snap-a2", "vol-2", 1),
                snapshot("snap-only", "vol-3", 5)));

        Map<String, String> first = Duplicates.find(listed);
        Collections.reverse(listed);

        assertThat(first).containsExactlyInAnyOrderEntriesOf(Map.of("snap-b1", "snap-a1", "snap-b2", "snap-a2"));
        assertThat(Duplicates.find(listed)).isEqualTo(first);
    }

    @Test
    void aTieOfStartTimesIsBrokenByIdSoEveryRunAgrees() {
        assertThat(Duplicates.find(List.of(snapshot("snap-9", "vol-1", 0), snapshot("snap-1", "vol-1", 0))))
                .containsExactly(Map.entry("snap-9", "snap-1"));
    }

    @Test
    void lastNightsAndTonightsAreNotDuplicates() {
        long hour = 3_600;
        assertThat(Duplicates.find(List.of(snapshot("snap-night-1", "vol-1", 0), snapshot("snap-night-2", "vol-1", 23 * hour),
                snapshot("snap-night-2-again", "vol-1", 23 * hour + 30)))).containsExactly(
                Map.entry("snap-night-2-again", "snap-night-2"));
    }
}
