package io.lifeboat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar as a user runs it: {@code java -jar target/lifeboat.jar ...}, headless. */
class CliJarIT {

    @TempDir
    Path home;

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-jar", System.getProperty("lifeboat.jar", "target/lifeboat.jar")));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("LIFEBOAT_HOME", home.toString());
        builder.environment().remove("DISPLAY");
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void helpListsTheHeadlessSubcommands() throws Exception {
        Run help = run("--help");

        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("whoami", "volumes", "--profile", "--region", "--endpoint-url", "--sandbox",
                "--read-only", "Exit codes");
    }

    @Test
    void whoamiOnTheSandboxWithoutAnyDisplay() throws Exception {
        Run whoami = run("whoami", "--sandbox", "--read-only");

        assertThat(whoami.exit()).as(whoami.err()).isZero();
        assertThat(whoami.out()).contains("profile:  sandbox", "account:  111122223333", "region:   eu-west-3",
                "mode:     SANDBOX READ-ONLY");
    }

    @Test
    void volumesAsJsonCarryTheDocumentedFields() throws Exception {
        Run volumes = run("volumes", "--sandbox", "--json", "--region", "eu-west-3");

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
    void badUsageAndFailedConnectionsHaveTheirExitCodes() throws Exception {
        assertThat(run("volumes", "--status", "sideways", "--sandbox").exit()).isEqualTo(2);
        Run noProfile = run("whoami", "--profile", "does-not-exist");
        assertThat(noProfile.exit()).isEqualTo(3);
        assertThat(noProfile.err()).contains("could not connect").contains("fix:");
    }
}
