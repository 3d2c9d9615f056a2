package io.lifeboat.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.store.BackupRunHistory;
import io.lifeboat.store.Database;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs are listed newest first with their summary, and each report reads back whole, across a reopen. */
class BackupRunHistoryTest {

    @TempDir
    Path home;

    private static BackupReport report(Instant started, VolumeOutcome.Status status) {
        return new BackupReport("default", List.of("eu-west-3", "eu-west-1"), RunScope.CREATE_AND_PRUNE, started,
                started.plusSeconds(4), 3000, 1000, List.of(new VolumeOutcome("eu-west-3", "vol-1", "i-1", "web-1",
                "/dev/xvda", status, status == VolumeOutcome.Status.CREATED ? "snap-1" : null, null, null, 1)),
                List.of(), null, Map.of());
    }

    @Test
    void runsAreListedNewestFirstAndTheirReportsReadBackAfterAReopen() {
        Instant first = Instant.parse("2026-11-24T01:00:00Z");
        String id;
        try (Database db = Database.open(home)) {
            BackupRunHistory history = new BackupRunHistory(db);
            history.record(report(first, VolumeOutcome.Status.FAILED), "prod", "123456789012");
            id = history.record(report(first.plusSeconds(86_400), VolumeOutcome.Status.CREATED), "prod", "123456789012")
                    .id();
        }
        try (Database db = Database.open(home)) {
            BackupRunHistory history = new BackupRunHistory(db);

            assertThat(history.recent(10)).extracting(BackupRunHistory.BackupRun::outcome, BackupRunHistory.BackupRun::summary)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("done", "1 snapshot created; 0 deleted"),
                            org.assertj.core.groups.Tuple.tuple("failures", "0 snapshots created, 1 volume failed; 0 deleted"));
            assertThat(history.recent(10).get(0).regions()).containsExactly("eu-west-3", "eu-west-1");
            assertThat(history.report(id)).contains(report(first.plusSeconds(86_400), VolumeOutcome.Status.CREATED));
            assertThat(history.report("no-such-run")).isEmpty();
        }
    }
}
