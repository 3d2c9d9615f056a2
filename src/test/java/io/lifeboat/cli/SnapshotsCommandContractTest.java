package io.lifeboat.cli;

import static io.lifeboat.testing.Fleet.tags;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lifeboat.aws.Connection;
import io.lifeboat.inventory.Tags;
import io.lifeboat.testing.ContractTest;
import io.lifeboat.testing.Fleet;
import io.lifeboat.testing.MotoExtension.Moto;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import software.amazon.awssdk.services.ec2.model.Snapshot;

/**
 * {@code lifeboat snapshots} and its actions run in-process against Moto as a script runs them: the
 * endpoint on the command line, credentials from the SDK's chain, JSON on stdout, the exit codes.
 */
@ContractTest
class SnapshotsCommandContractTest {

    private static final String REGION = "eu-west-3";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private final Properties saved = (Properties) System.getProperties().clone();
    private Moto moto;
    private Connection connection;
    private String web1;
    private String root;
    private String nightly;
    private String manual;
    private String orphan;

    record Result(int exitCode, String out, String err) {
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (java.io.IOException e) {
                throw new AssertionError("Not JSON: " + out + err, e);
            }
        }
    }

    @BeforeEach
    void fleet(Moto moto) {
        this.moto = moto;
        System.setProperty("aws.accessKeyId", "testing");
        System.setProperty("aws.secretAccessKey", "testing");
        System.setProperty("lifeboat.home", home.toString());
        connection = moto.connect(REGION);
        Fleet fleet = new Fleet(connection.clients().ec2(REGION), REGION);
        web1 = fleet.instance(tags("Name", "web-1", "Backup", "Yes", "Retention", "14")).instanceId();
        root = fleet.rootVolume(web1);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        nightly = fleet.snapshot(root, tags("Type", "Automated", "DeleteOn", LocalDate.parse(today).plusDays(14).toString(),
                "lifeboat:policy", "default"));
        manual = fleet.snapshot(root, Map.of());
        String gone = fleet.volume(5, Map.of());
        orphan = fleet.snapshot(gone, tags("Type", "Automated", "DeleteOn", today));
        connection.clients().ec2(REGION).deleteVolume(r -> r.volumeId(gone));
    }

    @AfterEach
    void restore() {
        connection.close();
        System.setProperties(saved);
    }

    private Result lifeboat(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--endpoint-url", moto.server().endpoint().toString(), "--region", REGION));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Cli.withSubcommands(new Cli()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        int code = cli.execute(all.toArray(String[]::new));
        return new Result(code, out.toString(), err.toString());
    }

    private Snapshot snapshot(String region, String id) {
        return connection.clients().ec2(region).describeSnapshots(r -> r.snapshotIds(id)).snapshots().get(0);
    }

    @Test
    void theListAsJsonHasTheDocumentedFieldsOriginsAndOrphans() {
        Result list = lifeboat("snapshots", "--json");

        assertThat(list.exitCode()).as(list.err()).isZero();
        JsonNode rows = list.json();
        assertThat(rows.size()).isEqualTo(3);
        for (JsonNode row : rows) {
            assertThat(List.of("snapshotId", "volumeId", "startTime", "state", "sizeGiB", "origin", "orphan", "keepUntil"))
                    .allSatisfy(field -> assertThat(row.has(field)).as(field + " in " + row).isTrue());
        }
        assertThat(byId(rows, nightly).get("origin").asText()).isEqualTo("lifeboat");
        assertThat(byId(rows, manual).get("origin").asText()).isEqualTo("manual");
        assertThat(byId(rows, manual).get("keepUntil").isNull()).isTrue();
        assertThat(byId(rows, orphan).get("orphan").asBoolean()).isTrue();
        assertThat(byId(rows, orphan).get("origin").asText()).isEqualTo("script");

        Result orphans = lifeboat("snapshots", "--orphans", "--json");
        assertThat(orphans.json()).singleElement().satisfies(r -> assertThat(r.get("snapshotId").asText()).isEqualTo(orphan));
    }

    @Test
    void aVolumesJsonHasItsExpectedSlotsAndMissedDays() {
        Result volume = lifeboat("snapshots", "--volume", root, "--json");

        assertThat(volume.exitCode()).as(volume.err()).isZero();
        JsonNode json = volume.json();
        assertThat(json.get("volumeId").asText()).isEqualTo(root);
        assertThat(json.get("snapshots").size()).isEqualTo(2);
        assertThat(json.get("retentionDays").asInt()).isEqualTo(14);
        assertThat(json.get("expectedSlots").size()).isPositive();
        assertThat(json.get("expectedSlots").get(json.get("expectedSlots").size() - 1).get("status").asText())
                .isEqualTo("backed-up");
        assertThat(json.get("missedDays").isArray()).isTrue();
        assertThat(json.get("policyBasis").asText()).contains("assumed");
    }

    @Test
    void retainWithoutYesChangesNothingAndExitsFourWithYesRewritesDeleteOn() {
        Result refused = lifeboat("snapshots", "retain", manual, "--days", "30");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(refused.err()).contains("needs --yes");
        assertThat(Tags.toMap(snapshot(REGION, manual).tags())).doesNotContainKey("DeleteOn");

        Result retained = lifeboat("snapshots", "retain", manual, nightly, "--days", "30", "--yes", "--json");
        Result kept = lifeboat("snapshots", "retain", nightly, "--keep", "--yes");

        assertThat(retained.exitCode()).as(retained.err()).isZero();
        String expected = LocalDate.ofInstant(snapshot(REGION, manual).startTime(), ZoneOffset.UTC).plusDays(30).toString();
        assertThat(retained.json()).hasSize(2).allSatisfy(r -> assertThat(r.get("keepUntil").asText()).isEqualTo(expected));
        assertThat(Tags.toMap(snapshot(REGION, manual).tags())).containsEntry("DeleteOn", expected);
        assertThat(kept.exitCode()).as(kept.err()).isZero();
        assertThat(Tags.toMap(snapshot(REGION, nightly).tags())).doesNotContainKey("DeleteOn").containsEntry("Type", "Automated");
        assertThat(lifeboat("snapshots", "retain", manual, "--days", "30", "--keep", "--yes").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void deleteWithoutYesDeletesNothingAndExitsFourWithYesDeletes() {
        Result refused = lifeboat("snapshots", "delete", orphan, manual);
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(refused.err()).contains("deleting 2 snapshots").contains("needs --yes");
        assertThat(connection.clients().ec2(REGION).describeSnapshots(r -> r.ownerIds("self")).snapshots()).hasSize(3);

        Result deleted = lifeboat("snapshots", "delete", orphan, "--yes", "--json");

        assertThat(deleted.exitCode()).as(deleted.err()).isZero();
        assertThat(deleted.json().get("deleted")).singleElement().satisfies(id -> assertThat(id.asText()).isEqualTo(orphan));
        assertThat(connection.clients().ec2(REGION).describeSnapshots(r -> r.ownerIds("self")).snapshots())
                .extracting(Snapshot::snapshotId).containsExactlyInAnyOrder(nightly, manual);
        assertThat(lifeboat("snapshots", "delete", "snap-0123456789abcdef0", "--yes").exitCode()).isEqualTo(ExitCodes.PARTIAL_FAILURE);
        assertThat(lifeboat("snapshots", "delete", "not-a-snapshot", "--yes").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void copyToAnotherRegionWithTagsAndRestoreToAnAttachedVolume() {
        Result copy = lifeboat("snapshots", "copy", nightly, "--to-region", "us-east-1", "--days", "30", "--wait", "--json");

        assertThat(copy.exitCode()).as(copy.err()).isZero();
        JsonNode made = copy.json().get(0);
        assertThat(made.get("state").asText()).isEqualTo("completed");
        assertThat(Tags.toMap(snapshot("us-east-1", made.get("snapshotId").asText()).tags()))
                .containsEntry("lifeboat:copy-of", nightly).containsEntry("Type", "Automated")
                .containsEntry("DeleteOn", LocalDate.now(ZoneOffset.UTC).plusDays(30).toString());

        Result restore = lifeboat("snapshots", "restore", nightly, "--az", REGION + "a", "--size", "20", "--attach", web1,
                "--tag", "Name=restored", "--json");

        assertThat(restore.exitCode()).as(restore.err()).isZero();
        JsonNode volume = restore.json();
        assertThat(volume.get("sizeGiB").asInt()).isEqualTo(20);
        assertThat(volume.get("instanceId").asText()).isEqualTo(web1);
        assertThat(volume.get("device").asText()).isNotBlank();
        assertThat(lifeboat("snapshots", "restore", nightly, "--az", REGION + "a", "--size", "1").exitCode())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(lifeboat("snapshots", "copy", nightly, "--to-region", "all").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void readOnlyRefusesEveryActionWithExitFour() {
        assertThat(lifeboat("snapshots", "delete", orphan, "--yes", "--read-only").exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(lifeboat("snapshots", "retain", manual, "--keep", "--yes", "--read-only").exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(lifeboat("snapshots", "copy", manual, "--to-region", "us-east-1", "--read-only").exitCode())
                .isEqualTo(ExitCodes.REFUSED);
        assertThat(lifeboat("snapshots", "--read-only", "--json").exitCode()).isZero();
        assertThat(connection.clients().ec2(REGION).describeSnapshots(r -> r.ownerIds("self")).snapshots()).hasSize(3);
    }

    private static JsonNode byId(JsonNode rows, String id) {
        for (JsonNode row : rows) {
            if (row.get("snapshotId").asText().equals(id)) {
                return row;
            }
        }
        throw new AssertionError("No " + id + " in " + rows);
    }
}
