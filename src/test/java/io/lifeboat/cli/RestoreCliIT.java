package io.lifeboat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lifeboat.app.Lifeboat;
import io.lifeboat.app.RestoreJobEntry;
import io.lifeboat.aws.credentials.MfaCodePrompt;
import io.lifeboat.restore.DnsZones;
import io.lifeboat.testing.ContractTest;
import io.lifeboat.testing.LifeboatProcess;
import io.lifeboat.testing.MotoDatabases;
import io.lifeboat.testing.MotoExtension.Moto;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lifeboat restore} from the packaged jar, as a runbook runs it: a clean environment with
 * exported keys, a temporary HOME and data directory, Moto as the account. The restore runs to a
 * switched CNAME; the job is listed, seen by the desktop's core in the same data directory, and
 * reverted. (Refusals and --plan, in-process: RestoreCommandContractTest.)
 */
@ContractTest
class RestoreCliIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    @Test
    void aRestoreDrillFromTheCommandLine(Moto moto) throws Exception {
        MotoDatabases databases = MotoDatabases.create(moto.server().endpoint());
        LifeboatProcess lifeboat = new LifeboatProcess(home).env("AWS_ACCESS_KEY_ID", "AKIAEXAMPLERESTORE")
                .env("AWS_SECRET_ACCESS_KEY", "restore-drill-secret").env("AWS_EC2_METADATA_DISABLED", "true");
        String[] common = {"--endpoint-url", moto.server().endpoint().toString(), "--region", MotoDatabases.REGION};

        LifeboatProcess.Result run = lifeboat.run(args(common, "restore", "--source", "orders-prod", "--to", "latest",
                "--new-id", "orders-drill", "--instances", "2", "--cname", "myproject.io/mydatabase", "--json"));
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode job = JSON.readTree(run.out());
        String jobId = job.get("jobId").asText();
        assertThat(job.get("status").asText()).isEqualTo("done");
        assertThat(job.get("steps")).extracting(s -> s.get("step").asText() + " " + s.get("state").asText()).containsExactly(
                "restore_cluster done", "wait_cluster done", "create_instance done", "create_instance done",
                "wait_instances done", "cutover done");
        assertThat(job.get("cutover").get("state").asText()).isEqualTo("switched");
        assertThat(job.get("cutover").get("previousValue").asText()).isEqualTo(databases.endpoint());
        assertThat(run.err()).contains("ok  Wait for every instance orders-drill");
        String restoredEndpoint = job.get("cutover").get("newValue").asText();
        assertThat(restoredEndpoint).startsWith("orders-drill.cluster-");
        assertThat(cname(moto)).isEqualTo(restoredEndpoint);

        LifeboatProcess.Result jobs = lifeboat.run("restore", "jobs", "--json");
        assertThat(jobs.exit()).as(jobs.err()).isZero();
        assertThat(JSON.readTree(jobs.out()).get(0).get("jobId").asText()).isEqualTo(jobId);
        try (Lifeboat desktop = Lifeboat.open(home.resolve("lifeboat-data"), Runnable::run, () -> false, MfaCodePrompt.NONE,
                spec -> null)) {
            List<RestoreJobEntry> seen = desktop.restoreJobs().recent(10);
            assertThat(seen).singleElement().satisfies(e -> {
                assertThat(e.job().id()).isEqualTo(jobId);
                assertThat(e.status()).isEqualTo("done");
            });
        }

        LifeboatProcess.Result revert = lifeboat.run(args(common, "restore", "revert", jobId));
        assertThat(revert.exit()).as(revert.err()).isZero();
        assertThat(revert.out()).contains("DNS: mydatabase.myproject.io. reverted");
        assertThat(cname(moto)).isEqualTo(databases.endpoint());
    }

    private static String[] args(String[] common, String... command) {
        String[] all = new String[command.length + common.length];
        System.arraycopy(command, 0, all, 0, command.length);
        System.arraycopy(common, 0, all, command.length, common.length);
        return all;
    }

    private static String cname(Moto moto) {
        try (var connection = moto.connect(MotoDatabases.REGION)) {
            DnsZones zones = new DnsZones(connection.clients());
            return zones.cname(zones.privateZones().get(0).id(), "mydatabase.myproject.io.").orElseThrow().value();
        }
    }
}
