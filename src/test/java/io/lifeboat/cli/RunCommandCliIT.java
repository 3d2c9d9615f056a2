package io.lifeboat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.aws.Connection;
import io.lifeboat.testing.ContractTest;
import io.lifeboat.testing.LifeboatProcess;
import io.lifeboat.testing.MotoExtension.Moto;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * {@code lifeboat run-command} from the packaged jar, as a user runs it (clean environment, a temporary
 * HOME and LIFEBOAT_HOME, exported keys) against Moto: above the threshold a missing or wrong
 * {@code --confirm N} refuses with exit 4 and sends nothing. Moto answers DescribeInstanceInformation with
 * HTTP 500, so the command counts every tagged instance as a target and says why. Each run of the jar
 * costs seconds: sending with the right count is {@code SsmRunCommandContractTest}'s (the service on the
 * real SDK against Moto), following a command {@code RunCommandRunTest}'s (the sandbox; Moto's
 * ListCommandInvocations is HTTP 500).
 */
@ContractTest
class RunCommandCliIT {

    private static final String REGION = "eu-west-3";
    private static final String UPTIME = """
            {"schemaVersion": "2.2", "description": "Print uptime",
             "parameters": {"commands": {"type": "StringList", "minItems": 1, "displayType": "textarea"}},
             "mainSteps": [{"action": "aws:runShellScript", "name": "run", "inputs": {"runCommand": "{{ commands }}"}}]}
            """;

    @TempDir
    Path home;

    private Connection connection;
    private LifeboatProcess lifeboat;
    private String endpoint;

    @BeforeEach
    void fleet(Moto moto) {
        connection = moto.connect(REGION);
        endpoint = moto.server().endpoint().toString();
        connection.clients().ec2(REGION).runInstances(r -> r.imageId("ami-0123456789abcdef0").instanceType("t3.micro")
                .minCount(12).maxCount(12).tagSpecifications(t -> t.resourceType("instance")
                        .tags(tag -> tag.key("Role").value("web"))));
        ssm().createDocument(r -> r.name("Ops-Uptime").content(UPTIME).documentType("Command").documentFormat("JSON"));
        lifeboat = new LifeboatProcess(home).env("AWS_ACCESS_KEY_ID", "testing")
                .env("AWS_SECRET_ACCESS_KEY", "testing").env("AWS_EC2_METADATA_DISABLED", "true");
    }

    @AfterEach
    void close() {
        connection.close();
    }

    private SsmClient ssm() {
        return connection.clients().ssm(REGION);
    }

    private LifeboatProcess.Result runCommand(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("run-command", "--endpoint-url", endpoint, "--region",
                REGION, "--document", "Ops-Uptime", "--param", "commands=uptime", "--target", "tag:Role=web",
                "--comment", "jar test"));
        args.addAll(List.of(extra));
        return lifeboat.run(args.toArray(String[]::new));
    }

    @Test
    void aMissingOrWrongCountRefusesWithExitFourAndSendsNothing() {
        LifeboatProcess.Result missing = runCommand();
        assertThat(missing.exit()).as(missing.err()).isEqualTo(ExitCodes.REFUSED);
        assertThat(missing.err()).contains("refused: 12 targets; to send, confirm the count with --confirm 12")
                .contains("SSM could not say which instances it manages");
        assertThat(missing.out()).contains("Ops-Uptime").contains("12 instances match, 12 targeted by SSM");

        LifeboatProcess.Result wrong = runCommand("--confirm", "11");
        assertThat(wrong.exit()).as(wrong.err()).isEqualTo(ExitCodes.REFUSED);
        assertThat(wrong.err()).contains("refused: 12 targets, not 11");

        assertThat(ssm().listCommands(r -> r.maxResults(50)).commands()).as("nothing sent").isEmpty();
    }
}
