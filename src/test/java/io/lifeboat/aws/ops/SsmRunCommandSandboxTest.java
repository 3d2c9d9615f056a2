package io.lifeboat.aws.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeboat.aws.Connection;
import io.lifeboat.aws.sandbox.DemoFleet;
import io.lifeboat.aws.sandbox.SandboxAccount;
import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.testing.SandboxConnections;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ssm.model.Command;
import software.amazon.awssdk.services.ssm.model.CommandInvocation;
import software.amazon.awssdk.services.ssm.model.CommandInvocationStatus;
import software.amazon.awssdk.services.ssm.model.GetCommandInvocationResponse;
import software.amazon.awssdk.services.ssm.model.InstanceInformation;
import software.amazon.awssdk.services.ssm.model.InvalidInstanceIdException;
import software.amazon.awssdk.services.ssm.model.InvocationDoesNotExistException;
import software.amazon.awssdk.services.ssm.model.Target;

/** The Run Command scenario on the demo account, through a guarded connection, plus what only the sandbox emulates. */
class SsmRunCommandSandboxTest extends SsmRunCommandScenario {

    private final SandboxClock clock = SandboxClock.manual(Instant.parse("2025-03-10T09:00:00Z"));
    private final SandboxAccount account = SandboxAccount.withDemoFleet(clock);
    private final Connection connection = SandboxConnections.connect(account, REGION, false);
    private final DemoFleet fleet = DemoFleet.create();

    @AfterEach
    void close() {
        connection.close();
    }

    @Override
    Connection connection() {
        return connection;
    }

    @Override
    List<String> webInstances() {
        return fleet.instances().stream().filter(i -> i.region().equals(REGION) && "web".equals(i.role())
                && i.ssm() != DemoFleet.SsmStatus.UNMANAGED).map(DemoFleet.Instance::id).toList();
    }

    @Override
    void elapse(Duration duration) {
        clock.advance(duration);
    }

    @Override
    void assertOutput(GetCommandInvocationResponse invocation) {
        assertThat(invocation.standardOutputContent()).contains("load average");
        assertThat(invocation.executionStartDateTime()).isNotEmpty();
    }

    // Moto gaps covered here: DescribeInstanceInformation, ListCommandInvocations and CancelCommand answer
    // HTTP 500 on Moto 5.2.1; statuses there are Success at once and outputs empty.

    @Test
    void previewSeesManagedInstancesAndNotTheUnmanagedOne() {
        List<String> managed = ssm().describeInstanceInformationPaginator(r -> r.filters(f -> f.key("tag:Role")
                .values("web"))).instanceInformationList().stream().map(InstanceInformation::instanceId).toList();
        String unmanaged = fleet.instances().stream().filter(i -> i.name().equals("prod-web-06")).findFirst()
                .orElseThrow().id();
        assertThat(managed).containsExactlyInAnyOrderElementsOf(webInstances()).doesNotContain(unmanaged);
        assertThatThrownBy(() -> ssm().sendCommand(r -> r.documentName("AWS-RunShellScript")
                .parameters(Map.of("commands", List.of("uptime"))).instanceIds(unmanaged)))
                .isInstanceOf(InvalidInstanceIdException.class);
    }

    @Test
    void followsInvocationsThroughTheGuardedClientUntilCancelled() {
        Command sent = ssm().sendCommand(r -> r.documentName("AWS-RunShellScript")
                .parameters(Map.of("commands", List.of("sleep 30"))).maxConcurrency("2")
                .targets(Target.builder().key("tag:Role").values("web").build())).command();
        assertThatThrownBy(() -> ssm().getCommandInvocation(r -> r.commandId(sent.commandId())
                .instanceId(webInstances().get(0)))).isInstanceOf(InvocationDoesNotExistException.class);
        elapse(Duration.ofSeconds(5));
        List<CommandInvocation> running = ssm().listCommandInvocationsPaginator(r -> r.commandId(sent.commandId())
                .details(true).maxResults(3)).commandInvocations().stream().toList();
        assertThat(running).hasSize(webInstances().size());
        assertThat(running).filteredOn(i -> i.status() == CommandInvocationStatus.IN_PROGRESS).hasSize(2);

        ssm().cancelCommand(r -> r.commandId(sent.commandId()));
        assertThat(ssm().listCommands(r -> r.commandId(sent.commandId())).commands().get(0).statusAsString())
                .isEqualTo("Cancelled");
        assertThat(connection.calls().count("ListCommandInvocations")).isEqualTo(3);
    }
}
