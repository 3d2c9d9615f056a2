package io.lifeboat.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.snapshots.PolicyHistory.RecordedEdit;
import io.lifeboat.volumes.TagChange;
import io.lifeboat.volumes.TagTarget;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tag edits the timelines read back: per account and region, oldest first, across restarts. */
class TagEditHistoryTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T10:15:00Z");

    private static TagChange change(String region, String id, Map<String, String> before, Map<String, String> after) {
        return new TagChange(region, id, id, TagTarget.VOLUMES, before, after);
    }

    @Test
    void editsComeBackByAccountAndRegionOldestFirstAfterARestart(@TempDir Path home) {
        TagEditHistory history = new TagEditHistory(Database.open(home));
        history.record(List.of(change("eu-west-3", "vol-1", Map.of("Backup", "No"), Map.of("Backup", "Yes"))),
                "111122223333", MONDAY.plusSeconds(3600));
        history.record(List.of(change("eu-west-3", "vol-1", Map.of(), Map.of("Backup", "No")),
                change("us-east-1", "vol-2", Map.of(), Map.of("Backup", "No"))), "111122223333", MONDAY);
        history.record(List.of(change("eu-west-3", "vol-3", Map.of(), Map.of("Backup", "No"))), "999988887777", MONDAY);
        history.record(List.of(), "111122223333", MONDAY);

        List<RecordedEdit> edits = new TagEditHistory(Database.open(home)).edits("111122223333", "eu-west-3");

        assertThat(edits).extracting(RecordedEdit::time).containsExactly(MONDAY, MONDAY.plusSeconds(3600));
        assertThat(edits.get(0)).satisfies(e -> {
            assertThat(e.resourceId()).isEqualTo("vol-1");
            assertThat(e.before()).isEmpty();
            assertThat(e.after()).containsExactly(Map.entry("Backup", "No"));
        });
        assertThat(new TagEditHistory(Database.open(home)).edits("111122223333", "us-east-1"))
                .singleElement().satisfies(e -> assertThat(e.resourceId()).isEqualTo("vol-2"));
    }

    @Test
    void aSessionWithoutAKnownAccountKeepsItsOwnRecord(@TempDir Path home) {
        TagEditHistory history = new TagEditHistory(Database.open(home));
        history.record(List.of(change("eu-west-3", "vol-1", Map.of(), Map.of("Backup", "No"))), null, MONDAY);

        assertThat(history.edits(null, "eu-west-3")).hasSize(1);
        assertThat(history.edits("111122223333", "eu-west-3")).isEmpty();
    }
}
