package io.lifeboat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lifeboat.testing.ContractTest;
import io.lifeboat.testing.LifeboatProcess;
import io.lifeboat.testing.MotoExtension.Moto;
import io.lifeboat.testing.MotoIam;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;

/**
 * Credentials and region found as the AWS CLI finds them, shown by the packaged jar run as a user runs
 * it: a clean environment, a temporary HOME with the {@code ~/.aws} files each case writes, the real SDK.
 * Each source holds the keys of its own IAM user on Moto, whose GetCallerIdentity names the user that
 * signed. Moto is reached the way a user reaches a VPC or FIPS endpoint: the SDK's own
 * {@code AWS_ENDPOINT_URL_STS} / {@code AWS_ENDPOINT_URL_EC2}, not {@code --endpoint-url}.
 */
@ContractTest
class CliConnectionIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private LifeboatProcess lifeboat;
    private AwsBasicCredentials exported;
    private AwsBasicCredentials inDefault;
    private AwsBasicCredentials inOps;

    @BeforeEach
    void users(Moto moto) {
        String endpoint = moto.server().endpoint().toString();
        exported = MotoIam.user(moto.server().endpoint(), "exported-keys");
        inDefault = MotoIam.user(moto.server().endpoint(), "default-profile");
        inOps = MotoIam.user(moto.server().endpoint(), "ops-profile");
        lifeboat = new LifeboatProcess(home)
                .env("AWS_ENDPOINT_URL_STS", endpoint)
                .env("AWS_ENDPOINT_URL_EC2", endpoint)
                // Not an EC2 instance: spares the instance-metadata probe its timeouts.
                .env("AWS_EC2_METADATA_DISABLED", "true");
    }

    private LifeboatProcess withExportedKeys() {
        return lifeboat.env("AWS_ACCESS_KEY_ID", exported.accessKeyId())
                .env("AWS_SECRET_ACCESS_KEY", exported.secretAccessKey());
    }

    private LifeboatProcess withProfiles() {
        return lifeboat.awsFile("credentials", """
                        [default]
                        aws_access_key_id = %s
                        aws_secret_access_key = %s

                        [ops]
                        aws_access_key_id = %s
                        aws_secret_access_key = %s
                        """.formatted(inDefault.accessKeyId(), inDefault.secretAccessKey(),
                        inOps.accessKeyId(), inOps.secretAccessKey()))
                .awsFile("config", """
                        [default]
                        region = eu-west-3

                        [profile ops]
                        region = ap-south-1
                        """);
    }

    private JsonNode whoami(LifeboatProcess process, String... options) throws Exception {
        String[] args = new String[options.length + 2];
        args[0] = "whoami";
        args[1] = "--json";
        System.arraycopy(options, 0, args, 2, options.length);
        LifeboatProcess.Result result = process.run(args);
        assertThat(result.exit()).as(result.err()).isZero();
        return JSON.readTree(result.out());
    }

    /** The reported bug: only exported keys (cron, CI, containers) and `volumes` failed for profile "default". */
    @Test
    void exportedKeysAlone() throws Exception {
        LifeboatProcess process = withExportedKeys().env("AWS_DEFAULT_REGION", "eu-west-3");

        LifeboatProcess.Result volumes = process.run("volumes", "--json");
        JsonNode who = whoami(process);

        assertThat(volumes.exit()).as(volumes.err()).isZero();
        assertThat(volumes.out().trim()).isEqualTo("[ ]");
        assertThat(who.get("arn").asText()).endsWith("user/exported-keys");
        assertThat(who.get("credentials").asText()).isEqualTo("environment (AWS_ACCESS_KEY_ID)");
        assertThat(who.get("region").asText()).as("AWS_DEFAULT_REGION").isEqualTo("eu-west-3");
    }

    @Test
    void exportedKeysBeatTheDefaultProfile() throws Exception {
        JsonNode who = whoami(withProfiles().env("AWS_ACCESS_KEY_ID", exported.accessKeyId())
                .env("AWS_SECRET_ACCESS_KEY", exported.secretAccessKey()));

        assertThat(who.get("arn").asText()).endsWith("user/exported-keys");
        assertThat(who.get("region").asText()).as("the default profile's region").isEqualTo("eu-west-3");
    }

    @Test
    void theProfileOptionBeatsExportedKeys() throws Exception {
        JsonNode who = whoami(withProfiles().env("AWS_ACCESS_KEY_ID", exported.accessKeyId())
                .env("AWS_SECRET_ACCESS_KEY", exported.secretAccessKey()).env("AWS_REGION", "eu-north-1"), "--profile", "ops");

        assertThat(who.get("arn").asText()).endsWith("user/ops-profile");
        assertThat(who.get("profile").asText()).isEqualTo("ops");
        assertThat(who.get("region").asText()).as("AWS_REGION before the profile's").isEqualTo("eu-north-1");
    }

    @Test
    void awsProfileBeatsTheDefaultProfile() throws Exception {
        JsonNode who = whoami(withProfiles().env("AWS_PROFILE", "ops"));

        assertThat(who.get("arn").asText()).endsWith("user/ops-profile");
        assertThat(who.get("region").asText()).as("the profile's region").isEqualTo("ap-south-1");
    }

    @Test
    void nothingAtAllFailsWithTheFixAndNeverTheSandbox() {
        LifeboatProcess.Result result = lifeboat.run("backup", "run", "--yes", "--region", "eu-west-3");

        assertThat(result.exit()).isEqualTo(ExitCodes.CONNECTION_FAILED);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("lifeboat: could not connect: No AWS credentials were found.")
                .contains("AWS_ACCESS_KEY_ID", "AWS_PROFILE", "--profile", "--sandbox")
                .doesNotContain("111122223333").doesNotContain("\tat ");
    }
}
