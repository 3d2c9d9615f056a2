package io.lifeboat.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lifeboat.aws.Problem;
import io.lifeboat.backup.BackupJson;
import io.lifeboat.backup.BackupReport;
import io.lifeboat.backup.DeletionOutcome;
import io.lifeboat.backup.RunScope;
import io.lifeboat.backup.VolumeOutcome;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A night of 20,000 volumes and 20,000 due snapshots, half of them failing: every log line stays under 256 KB. */
class ReportLinesTest {

    private static final int CLOUDWATCH_EVENT_BYTES = 256 * 1024 - 26;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aHugeReportIsLoggedInBoundedLinesThatTogetherNameEveryFailure() throws Exception {
        List<VolumeOutcome> volumes = new ArrayList<>();
        List<DeletionOutcome> deletions = new ArrayList<>();
        Problem denied = new Problem(Problem.Kind.ACCESS_DENIED, "UnauthorizedOperation",
                "You are not authorized to perform this operation. Encoded authorization failure message: " + "x".repeat(300),
                "Ask for the permission listed in README (Permissions), or use a profile that has it.");
        for (int i = 0; i < 20_000; i++) {
            String region = i % 2 == 0 ? "eu-west-3" : "us-east-1";
            boolean fails = i % 2 == 0;
            volumes.add(new VolumeOutcome(region, "vol-%017d".formatted(i), "i-%017d".formatted(i / 2), "app-" + i,
                    "/dev/xvda", fails ? VolumeOutcome.Status.FAILED : VolumeOutcome.Status.CREATED,
                    fails ? null : "snap-%017d".formatted(i), null, fails ? denied : null, 1));
            deletions.add(new DeletionOutcome(region, "snap-old-%013d".formatted(i), "vol-%017d".formatted(i), 100,
                    fails ? DeletionOutcome.Status.FAILED : DeletionOutcome.Status.DELETED, null, fails ? denied : null, 1));
        }
        BackupReport report = new BackupReport("default", List.of("eu-west-3", "us-east-1"), RunScope.CREATE_AND_PRUNE,
                Instant.parse("2026-11-25T01:00:00Z"), Instant.parse("2026-11-25T01:14:00Z"), 1, 1, volumes, deletions,
                null, Map.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new ReportLines(new LogLines(new PrintStream(out, true, StandardCharsets.UTF_8))).report(report);

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).allSatisfy(line -> assertThat(LogLines.bytes(line)).isLessThan(CLOUDWATCH_EVENT_BYTES));
        Set<String> failedVolumes = new HashSet<>();
        Set<String> failedDeletions = new HashSet<>();
        JsonNode summary = null;
        for (String line : lines) {
            JsonNode node = JSON.readTree(line);
            switch (node.get("type").asText()) {
                case "backup-report" -> summary = node;
                case "backup-not-done" -> {
                    node.path("volumes").forEach(v -> assertThat(failedVolumes.add(v.get("volumeId").asText())).isTrue());
                    node.path("deletions").forEach(d -> assertThat(failedDeletions.add(d.get("snapshotId").asText())).isTrue());
                }
                default -> { }
            }
        }
        assertThat(failedVolumes).hasSize(10_000);
        assertThat(failedDeletions).hasSize(10_000);
        assertThat(summary.at("/report/counts/failed").asInt()).isEqualTo(10_000);
        assertThat(summary.at("/report/summary").asText()).startsWith("10000 snapshots created, 10000 volumes failed");
        assertThat(lines).filteredOn(l -> l.contains("\"backup-region\"")).hasSize(2);
        assertThat(LogLines.bytes(BackupJson.compact(report))).as("the one line the handler used to write").isGreaterThan(5_000_000);
    }
}
