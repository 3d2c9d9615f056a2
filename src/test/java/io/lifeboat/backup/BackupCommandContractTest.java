package io.lifeboat.backup;

import static io.lifeboat.testing.Fleet.tags;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lifeboat.aws.Connection;
import io.lifeboat.cli.Cli;
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

/**
 * {@code lifeboat backup plan|run|prune} run in-process against Moto, as cron would run them: the
 * endpoint on the command line, credentials from the SDK's default chain (here its system properties
 * {@code aws.accessKeyId}/{@code aws.secretAccessKey}, which it reads like the environment variables),
 * no terminal to ask.
 */
@ContractTest
class BackupCommandContractTest {

    private static final String REGION = "eu-west-3";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private final Properties saved = (Properties) System.getProperties().clone();
    private Moto moto;
    private Connection connection;
    private String web1;
    private String web1Root;
    private String due;
    private String alsoDue;

    record Result(int exitCode, String out, String err) {
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (java.io.IOException e) {
                throw new AssertionError("Not JSON: " + out, e);
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
        web1 = fleet.instance(tags("Name", "web-1", "Backup", "Yes", "CostCenter", "cc-1")).instanceId();
        web1Root = fleet.rootVolume(web1);
        fleet.attach(fleet.volume(10, Map.of()), web1, "/dev/sdf");
        fleet.instance(tags("Name", "bastion"));
        String loose = fleet.volume(5, tags("Backup", "No"));
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        due = fleet.snapshot(loose, tags("Type", "Automated", "DeleteOn", yesterday));
        alsoDue = fleet.snapshot(loose, tags("Type", "Automated", "DeleteOn",
                LocalDate.now(ZoneOffset.UTC).minusDays(2).toString()));
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

    private List<String> snapshotIds() {
        return connection.clients().ec2(REGION).describeSnapshots(r -> r.ownerIds("self")).snapshots().stream()
                .map(s -> s.snapshotId()).toList();
    }

    @Test
    void planJsonParsesAndNamesEveryInstanceAndVolumeWithReasons() {
        Result plan = lifeboat("backup", "plan", "--json");

        assertThat(plan.exitCode()).as(plan.err()).isZero();
        JsonNode json = plan.json();
        assertThat(json.at("/creates/0/instanceId").asText()).isEqualTo(web1);
        assertThat(json.at("/creates/0/kind").asText()).isEqualTo("multi");
        assertThat(json.at("/creates/0/volumes/0/volumeId").asText()).isEqualTo(web1Root);
        assertThat(json.at("/creates/0/tags/CostCenter").asText()).isEqualTo("cc-1");
        assertThat(json.at("/deletions").size()).isEqualTo(2);
        assertThat(json.at("/totals/volumes").asInt()).isEqualTo(2);
        List<String> reasons = new ArrayList<>();
        json.at("/skips").forEach(s -> reasons.add(s.get("reason").asText() + ": " + s.get("detail").asText()));
        assertThat(reasons).anySatisfy(r -> assertThat(r).startsWith("not-covered: Not backed up: neither this volume nor instance bastion"))
                .anySatisfy(r -> assertThat(r).startsWith("opted-out: "));
        assertThat(snapshotIds()).hasSize(2);
    }

    @Test
    void runFromCronWithoutYesCreatesButRefusesTheDeletionsWithExitFour() {
        Result run = lifeboat("backup", "run", "--json");

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).contains("2 deletions were not approved");
        assertThat(run.json().at("/report/outcome").asText()).isEqualTo("refused");
        assertThat(run.json().at("/report/counts/created").asInt()).isEqualTo(2);
        assertThat(snapshotIds()).contains(due).hasSize(4);
    }

    @Test
    void runWithYesCreatesAndPrunesThenAReRunCreatesNothingNew() {
        Result first = lifeboat("backup", "run", "--yes", "--json");
        Result second = lifeboat("backup", "run", "--yes", "--json");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.json().at("/report/counts/deleted").asInt()).isEqualTo(2);
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.json().at("/plan/creates").size()).isZero();
        assertThat(second.json().at("/report/counts/created").asInt()).isZero();
        assertThat(second.json().at("/report/counts/alreadyDone").asInt()).isEqualTo(2);
        assertThat(snapshotIds()).hasSize(2).doesNotContain(due);
    }

    @Test
    void pruneKeepsTheNewestWhenAskedAndSaysSoInText() {
        Result prune = lifeboat("backup", "prune", "--yes", "--keep-newest", "1");

        assertThat(prune.exitCode()).as(prune.err()).isZero();
        assertThat(prune.out()).contains("Delete: 1 expired snapshots").contains("keep-newest: Due since")
                .contains("0 snapshots created; 1 deleted");
        // Both were made within a second or two on Moto: which one is newest is not the point, one stays.
        assertThat(snapshotIds()).hasSize(1).containsAnyOf(due, alsoDue);
    }

    @Test
    void readOnlyRefusesARunWithExitFourAndChangesNothing() {
        Result run = lifeboat("backup", "run", "--yes", "--read-only");

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).contains("read-only mode");
        assertThat(snapshotIds()).hasSize(2);
    }

    @Test
    void anUnreachableEndpointExitsThree() {
        StringWriter err = new StringWriter();
        int code = Cli.withSubcommands(new Cli()).setErr(new PrintWriter(err)).setOut(new PrintWriter(new StringWriter()))
                .execute("backup", "plan", "--endpoint-url", "http://127.0.0.1:9", "--region", REGION);

        assertThat(code).isEqualTo(3);
        assertThat(err.toString()).contains("could not connect");
    }
}
