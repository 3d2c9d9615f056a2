package io.lifeboat.lambda;

import static io.lifeboat.testing.Fleet.tags;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lifeboat.aws.Connection;
import io.lifeboat.inventory.Tags;
import io.lifeboat.testing.ContractTest;
import io.lifeboat.testing.Fleet;
import io.lifeboat.testing.MotoExtension.Moto;
import io.lifeboat.testing.MotoFront;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The handler in-process against Moto: its answer, its JSON log lines, dry run, snapshots only, failure. */
@ContractTest
class BackupHandlerContractTest {

    private static final String REGION = "eu-west-3";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Properties saved = (Properties) System.getProperties().clone();
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final Map<String, String> env = new HashMap<>();
    private Connection connection;
    private String due;

    @BeforeEach
    void fleet(Moto moto) {
        // The role's credentials in Lambda come through the environment; here through the same chain's system properties.
        System.setProperty("aws.accessKeyId", "testing");
        System.setProperty("aws.secretAccessKey", "testing");
        env.put("AWS_REGION", REGION);
        env.put("LIFEBOAT_ENDPOINT_URL", moto.server().endpoint().toString());
        connection = moto.connect(REGION);
        Fleet fleet = new Fleet(connection.clients().ec2(REGION), REGION);
        String web = fleet.instance(tags("Name", "web-1", "Backup", "Yes")).instanceId();
        fleet.attach(fleet.volume(10, Map.of()), web, "/dev/sdf");
        String loose = fleet.volume(5, Map.of());
        due = fleet.snapshot(loose, tags("Type", "Automated", "DeleteOn", LocalDate.now(ZoneOffset.UTC).toString()));
    }

    @AfterEach
    void restore() {
        connection.close();
        System.setProperties(saved);
    }

    private Map<String, Object> invoke() {
        return invoke(null);
    }

    private Map<String, Object> invoke(Context context) {
        return new BackupHandler(env::get, new PrintStream(log, true, StandardCharsets.UTF_8)).handleRequest(Map.of(), context);
    }

    private List<JsonNode> lines(String type) {
        List<JsonNode> found = new ArrayList<>();
        for (String line : log.toString(StandardCharsets.UTF_8).split("\n")) {
            try {
                JsonNode node = JSON.readTree(line);
                if (type.equals(node.path("type").asText())) {
                    found.add(node);
                }
            } catch (java.io.IOException e) {
                throw new AssertionError("Not a JSON line: " + line, e);
            }
        }
        return found;
    }

    private List<String> snapshotIds() {
        return connection.clients().ec2(REGION).describeSnapshots(r -> r.ownerIds("self")).snapshots().stream()
                .map(s -> s.snapshotId()).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNightlyRunSnapshotsPrunesAnswersWithTheReportAndLogsEveryCallAsJson() {
        Map<String, Object> answer = invoke();

        assertThat(answer.get("outcome")).isEqualTo("done");
        assertThat((Map<String, Object>) answer.get("counts")).containsEntry("created", 2).containsEntry("deleted", 1);
        assertThat(snapshotIds()).doesNotContain(due).hasSize(2);
        List<JsonNode> audit = lines("audit");
        assertThat(audit).extracting(a -> a.get("operation").asText() + " " + a.get("outcome").asText())
                .containsExactly("ec2:CreateSnapshots PENDING", "ec2:CreateSnapshots SUCCEEDED",
                        "ec2:DeleteSnapshot PENDING", "ec2:DeleteSnapshot SUCCEEDED");
        assertThat(audit.get(3).get("resources").toString()).contains(due);
        assertThat(lines("backup-report")).singleElement()
                .satisfies(r -> assertThat(r.at("/report/summary").asText()).isEqualTo("2 snapshots created; 1 deleted"));
        assertThat(lines("backup-region")).singleElement().satisfies(r -> {
            assertThat(r.get("region").asText()).isEqualTo(REGION);
            assertThat(r.at("/counts/created").asInt()).isEqualTo(2);
        });
        assertThat(lines("backup-not-done")).isEmpty();
    }

    @Test
    void aDryRunPlansAndChangesNothing() {
        env.put("LIFEBOAT_DRY_RUN", "true");

        Map<String, Object> answer = invoke();

        assertThat(answer).containsEntry("dryRun", true);
        assertThat(lines("backup-plan")).singleElement()
                .satisfies(p -> assertThat(p.at("/plan/totals/volumes").asInt()).isEqualTo(2));
        assertThat(lines("backup-plan-part")).extracting(p -> p.has("creates") ? "creates " + p.get("creates").size()
                : p.has("deletions") ? "deletions " + p.get("deletions").size() : "skips " + p.get("skips").size())
                .contains("creates 1", "deletions 1");
        assertThat(lines("audit")).isEmpty();
        assertThat(snapshotIds()).containsExactly(due);
    }

    @Test
    @SuppressWarnings("unchecked")
    void withPruningOffOnlySnapshotsAreMade() {
        env.put("LIFEBOAT_PRUNE", "false");

        Map<String, Object> answer = invoke();

        assertThat(answer.get("scope")).isEqualTo("create-only");
        assertThat((Map<String, Object>) answer.get("counts")).containsEntry("created", 2).containsEntry("deleted", 0);
        assertThat(snapshotIds()).contains(due).hasSize(3);
    }

    @Test
    void aRegionThatCannotBeReadFailsTheInvocationAfterTheOthersWereBackedUp() {
        env.put("LIFEBOAT_REGIONS", REGION + ",xx-nowhere-1");

        assertThatThrownBy(this::invoke).isInstanceOf(BackupFailedException.class)
                .hasMessageContaining("2 snapshots created").hasMessageContaining("1 region unreadable");
        assertThat(lines("backup-report")).singleElement()
                .satisfies(r -> assertThat(r.at("/report/failedRegions").has("xx-nowhere-1")).isTrue());
    }

    /**
     * An invocation with little time left before the function's timeout (EC2 answering in a third of a
     * second, behind the test front): it starts no work that would pass its remaining time less the safety
     * margin, answers "incomplete" with what is left, and is no failure; the next invocation finishes, with
     * exactly one snapshot per volume.
     */
    @Test
    @SuppressWarnings("unchecked")
    void withLittleTimeLeftARunStopsAtItsBudgetAndTheNextInvocationFinishes(Moto moto) {
        Fleet fleet = new Fleet(connection.clients().ec2(REGION), REGION);
        List<String> covered = new ArrayList<>();
        for (var instance : connection.clients().ec2(REGION).runInstances(r -> r.imageId(Fleet.AMI).instanceType("t3.micro")
                .minCount(12).maxCount(12).tagSpecifications(t -> t.resourceType("instance")
                        .tags(Tags.toSdk(tags("Backup", "Yes"))))).instances()) {
            covered.add(fleet.rootVolume(instance.instanceId()));
        }
        try (MotoFront front = MotoFront.start(moto.server().endpoint())
                .latency(Duration.ofMillis(300))) {
            env.put("LIFEBOAT_ENDPOINT_URL", front.endpoint().toString());
            env.put("LIFEBOAT_SAFETY_MARGIN_SECONDS", "2");

            Map<String, Object> first = invoke(new TimedContext(Duration.ofSeconds(5)));

            assertThat(first.get("outcome")).isEqualTo("incomplete");
            assertThat(first.get("stoppedByBudget")).isEqualTo(true);
            assertThat((Map<String, Object>) first.get("counts")).extractingByKey("left").asInstanceOf(
                    InstanceOfAssertFactories.INTEGER).isPositive();
            assertThat(lines("backup-not-done")).isNotEmpty();

            Map<String, Object> second = invoke(new TimedContext(Duration.ofMinutes(15)));

            assertThat(second.get("outcome")).isEqualTo("done");
        }
        Map<String, Long> perVolume = connection.clients().ec2(REGION).describeSnapshots(r -> r.ownerIds("self")).snapshots()
                .stream().collect(Collectors.groupingBy(s -> s.volumeId(), Collectors.counting()));
        covered.forEach(v -> assertThat(perVolume.get(v)).as("snapshots of " + v).isEqualTo(1L));
        assertThat(snapshotIds()).doesNotContain(due);
    }
}
