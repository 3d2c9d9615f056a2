package io.lifeboat.snapshots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeboat.inventory.Ec2Snapshot;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A retention change, planned: DeleteOn from each snapshot's own UTC day, "keep" removes it. */
class RetentionChangeTest {

    private static Ec2Snapshot snapshot(String start, Map<String, String> tags) {
        return new Ec2Snapshot("eu-west-3", "snap-" + start.hashCode(), "vol-0a", Instant.parse(start), "completed", 100, 8,
                "", false, tags);
    }

    @Test
    void daysCountFromEachSnapshotsDayAsTheEngineCountsThem() {
        Ec2Snapshot lateNight = snapshot("2026-10-31T23:30:00Z", Map.of("DeleteOn", "2026-11-07"));
        Ec2Snapshot untagged = snapshot("2026-11-19T01:00:00Z", Map.of());

        RetentionChange change = RetentionChange.plan("eu-west-3", List.of(lateNight, untagged), 30);

        assertThat(change.changes()).extracting(RetentionChange.Change::before).containsExactly("2026-11-07", null);
        assertThat(change.changes()).extracting(RetentionChange.Change::after).containsExactly("2026-11-30", "2026-12-19");
        assertThat(change.dueBy(LocalDate.parse("2026-11-30"))).isEqualTo(1);
        assertThat(change.keep()).isFalse();
    }

    @Test
    void keepRemovesDeleteOnAndNothingIsDue() {
        RetentionChange keep = RetentionChange.plan("eu-west-3", List.of(snapshot("2026-11-19T01:00:00Z",
                Map.of("DeleteOn", "2026-11-26"))), null);

        assertThat(keep.keep()).isTrue();
        assertThat(keep.changes().get(0).after()).isNull();
        assertThat(keep.dueBy(LocalDate.parse("2030-01-01"))).isZero();
        assertThatThrownBy(() -> RetentionChange.plan("eu-west-3", List.of(), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
