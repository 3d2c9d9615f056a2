package io.lifeboat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lifeboat.aws.Connection;
import io.lifeboat.aws.sandbox.SandboxAccount;
import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.commands.CommandOptions;
import io.lifeboat.commands.TagTarget;
import io.lifeboat.commands.Targets;
import io.lifeboat.testing.SandboxConnections;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ssm.model.Command;

/**
 * {@code run-command}'s work on the demo sandbox, in process, on a clock the waits move forward: the
 * preview, the confirmation rule, each instance's status as it goes, the summary and the exit code.
 */
class RunCommandRunTest {

    private static final String REGION = "eu-west-3";

    private final SandboxClock clock = SandboxClock.manual(Instant.parse("2025-03-10T09:00:00Z"));
    private final SandboxAccount account = SandboxAccount.withDemoFleet(clock);
    private final Connection connection = SandboxConnections.connect(account, REGION, false);
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @AfterEach
    void close() {
        connection.close();
    }

    private int run(Targets targets, boolean preview, Integer confirm, boolean json, String... commands) {
        RunCommandRun.Input input = new RunCommandRun.Input("AWS-RunShellScript", null,
                Map.of("commands", Arrays.asList(commands)), targets, CommandOptions.DEFAULT.withComment("cli test"),
                preview, confirm, false, json);
        return new RunCommandRun(connection, input, 10, new PrintWriter(out, true), new PrintWriter(err, true),
                clock::advance).execute(REGION);
    }

    private static Targets tags(String... conditions) {
        return new Targets.ByTags(Arrays.stream(conditions).map(TagTarget::parse).toList());
    }

    private List<Command> sentSinceStart() {
        return connection.clients().ssm(REGION).listCommands(r -> r.filters(f -> f.key("InvokedAfter")
                .value(clock.instant().minusSeconds(3600).toString()))).commands();
    }

    @Test
    void previewListsWhoMatchesAndWhoWouldNotBeReachedAndSendsNothing() {
        int code = run(tags("Role=web"), true, null, false, "uptime");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("AWS-RunShellScript (Linux, MacOS) on Role=web: 9 instances match, "
                + "8 targeted by SSM, 8 reachable now, 1 never reached")
                .contains("prod-web-06").contains("Not managed by SSM: no instance profile");
        assertThat(sentSinceStart()).isEmpty();
    }

    @Test
    void aboveTheThresholdTheCountMustBeConfirmedAndNothingIsSentOtherwise() {
        long prod = io.lifeboat.aws.sandbox.DemoFleet.create().instances().stream()
                .filter(i -> i.region().equals(REGION) && "prod".equals(i.env()) && i.ssm().managed()).count();
        assertThat(prod).isGreaterThan(10);
        assertThat(run(tags("Env=prod"), false, null, false, "uptime")).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("refused: " + prod + " targets; to send, confirm the count with --confirm "
                + prod).contains("Nothing was sent");
        assertThat(run(tags("Env=prod"), false, (int) prod - 1, false, "uptime")).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("refused: " + prod + " targets, not " + (prod - 1));
        assertThat(run(tags("Role=web"), false, 7, false, "uptime")).as("a wrong count refuses below it too")
                .isEqualTo(ExitCodes.REFUSED);
        assertThat(sentSinceStart()).isEmpty();
    }

    @Test
    void printsEachInstanceAsItGoesAndFailsWhenAnInvocationFailed() {
        int code = run(tags("Role=web"), false, null, false, "yum -y update");

        assertThat(code).isEqualTo(ExitCodes.PARTIAL_FAILURE);
        String printed = out.toString();
        assertThat(printed).contains("Sent as command ").contains("prod-web-01").contains("InProgress")
                .contains("Success").contains("Failed");
        assertThat(printed).contains("8 targets: 7 Success, 1 Failed (command Failed)")
                .contains("7 printed the same, 1 printed something else (1 other output)")
                .contains("Another app is currently holding the yum lock");
        assertThat(printed.lines().filter(l -> l.contains("prod-web-01")).count())
                .as("a line per change of status, not per refresh").isBetween(2L, 4L);
    }

    @Test
    void everySuccessIsExitZeroAndJsonCarriesEveryInvocation() throws Exception {
        int code = run(tags("Role=api"), false, null, true, "uptime");

        assertThat(code).isZero();
        JsonNode result = new ObjectMapper().readTree(out.toString());
        assertThat(result.get("status").asText()).isEqualTo("Success");
        assertThat(result.get("invocations")).hasSize(6);
        assertThat(result.get("invocations").get(0).get("output").asText()).contains("load average");
        assertThat(result.at("/counts/Success").asInt()).isEqualTo(6);
    }
}
