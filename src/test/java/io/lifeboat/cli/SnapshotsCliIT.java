package io.lifeboat.cli;

import static io.lifeboat.testing.Fleet.tags;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lifeboat.aws.Connection;
import io.lifeboat.inventory.Tags;
import io.lifeboat.testing.ContractTest;
import io.lifeboat.testing.Fleet;
import io.lifeboat.testing.LifeboatProcess;
import io.lifeboat.testing.MotoExtension.Moto;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lifeboat snapshots} as a disaster-recovery script runs it: the packaged jar in a clean environment
 * with a temporary HOME and LIFEBOAT_HOME, credentials exported as keys, Moto reached through the SDK's own
 * {@code AWS_ENDPOINT_URL_EC2}. A mutating subcommand changes the account; without {@code --yes} it does not.
 */
@ContractTest
class SnapshotsCliIT {

    private static final String REGION = "eu-west-3";

    @TempDir
    Path home;

    private Connection connection;
    private LifeboatProcess lifeboat;
    private String snapshot;

    @BeforeEach
    void fleet(Moto moto) {
        connection = moto.connect(REGION);
        Fleet fleet = new Fleet(connection.clients().ec2(REGION), REGION);
        String web1 = fleet.instance(tags("Name", "web-1", "Backup", "Yes")).instanceId();
        snapshot = fleet.snapshot(fleet.rootVolume(web1), tags("Type", "Automated", "DeleteOn", "2030-01-01"));
        lifeboat = new LifeboatProcess(home)
                .env("AWS_ACCESS_KEY_ID", "testing").env("AWS_SECRET_ACCESS_KEY", "testing")
                .env("AWS_REGION", REGION)
                .env("AWS_ENDPOINT_URL_EC2", moto.server().endpoint().toString())
                .env("AWS_ENDPOINT_URL_STS", moto.server().endpoint().toString())
                .env("AWS_EC2_METADATA_DISABLED", "true");
    }

    @AfterEach
    void close() {
        connection.close();
    }

    private Map<String, String> tagsNow() {
        return Tags.toMap(connection.clients().ec2(REGION).describeSnapshots(r -> r.snapshotIds(snapshot)).snapshots().get(0).tags());
    }

    @Test
    void retainFromThePackagedJarRewritesDeleteOnOnlyWithYes() throws Exception {
        LifeboatProcess.Result refused = lifeboat.run("snapshots", "retain", snapshot, "--days", "45");
        assertThat(refused.exit()).as(refused.err()).isEqualTo(4);
        assertThat(tagsNow()).containsEntry("DeleteOn", "2030-01-01");

        LifeboatProcess.Result retained = lifeboat.run("snapshots", "retain", snapshot, "--days", "45", "--yes", "--json");

        assertThat(retained.exit()).as(retained.err()).isZero();
        String expected = LocalDate.now(ZoneOffset.UTC).plusDays(45).toString();
        assertThat(tagsNow()).containsEntry("DeleteOn", expected);
        JsonNode json = new ObjectMapper().readTree(retained.out());
        assertThat(json).singleElement().satisfies(row -> {
            assertThat(row.get("snapshotId").asText()).isEqualTo(snapshot);
            assertThat(row.get("keepUntilBefore").asText()).isEqualTo("2030-01-01");
            assertThat(row.get("keepUntil").asText()).isEqualTo(expected);
        });
        // The call is in the audit log of the user's own data directory.
        assertThat(home.resolve("lifeboat-data").resolve("lifeboat.db")).exists();
    }
}
