package io.lifeboat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lifeboat.testing.LifeboatProcess;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar as a user runs it: {@code java -jar target/lifeboat.jar ...}, headless, in a clean environment. */
class CliJarIT {

    @TempDir
    Path home;

    private LifeboatProcess.Result run(String... args) {
        return new LifeboatProcess(home).run(args);
    }

    @Test
    void helpListsTheHeadlessSubcommands() throws Exception {
        LifeboatProcess.Result help = run("--help");

        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("whoami", "volumes", "--profile", "--region", "--endpoint-url", "--sandbox",
                "--read-only", "Exit codes");
    }

    @Test
    void whoamiOnTheSandboxWithoutAnyDisplay() throws Exception {
        LifeboatProcess.Result whoami = run("whoami", "--sandbox", "--read-only");

        assertThat(whoami.exit()).as(whoami.err()).isZero();
        assertThat(whoami.out()).contains("profile:     sandbox", "credentials: sandbox", "account:     111122223333",
                "region:      eu-west-3", "mode:        SANDBOX READ-ONLY");
    }

    @Test
    void volumesAsJsonCarryTheDocumentedFields() throws Exception {
        LifeboatProcess.Result volumes = run("volumes", "--sandbox", "--json", "--region", "eu-west-3");

        assertThat(volumes.exit()).as(volumes.err()).isZero();
        JsonNode array = new ObjectMapper().readTree(volumes.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array.size()).isGreaterThan(40);
        for (JsonNode volume : array) {
            assertThat(volume.has("volumeId") && volume.has("instanceId") && volume.has("device") && volume.has("sizeGiB")
                    && volume.has("policy") && volume.has("retentionDays") && volume.has("status")
                    && volume.has("lastSnapshot") && volume.has("problem")).as(volume.toString()).isTrue();
            assertThat(volume.get("policy").asText()).isIn("protected", "opted-out", "not-covered", "misconfigured");
        }
        JsonNode typo = java.util.stream.StreamSupport.stream(array.spliterator(), false)
                .filter(v -> v.path("instanceName").asText().equals("prod-api-04")).findFirst().orElseThrow();
        assertThat(typo.get("policy").asText()).isEqualTo("misconfigured");
        assertThat(typo.get("problem").asText()).contains("Retention=abc");
        assertThat(typo.get("retentionDays").asInt()).isEqualTo(7);
    }

    @Test
    void subcommandsAnswerHelp() {
        LifeboatProcess.Result help = run("backup", "run", "--help");

        assertThat(help.exit()).isZero();
        assertThat(help.out()).startsWith("Usage: lifeboat backup run").contains("--yes", "--profile", "AWS_PROFILE");
    }

    @Test
    void badUsageAndFailedConnectionsHaveTheirExitCodes() throws Exception {
        LifeboatProcess.Result badTag = run("volumes", "--sandbox", "--tag", "=");
        assertThat(badTag.exit()).isEqualTo(2);
        assertThat(badTag.err().lines()).singleElement().asString().startsWith("lifeboat volumes: Invalid value for option '--tag'");
        assertThat(run("volumes", "--status", "sideways", "--sandbox").exit()).isEqualTo(2);
        LifeboatProcess.Result noProfile = run("whoami", "--profile", "does-not-exist");
        assertThat(noProfile.exit()).isEqualTo(3);
        assertThat(noProfile.err()).contains("could not connect").contains("fix:");
    }
}
