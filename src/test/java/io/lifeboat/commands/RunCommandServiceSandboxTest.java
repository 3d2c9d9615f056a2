package io.lifeboat.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.aws.Connection;
import io.lifeboat.aws.sandbox.SandboxAccount;
import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.testing.ManagedFleet;
import io.lifeboat.testing.SandboxConnections;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

/** The scenario on an empty sandbox account with three managed web instances. */
class RunCommandServiceSandboxTest extends RunCommandServiceScenario {

    private final SandboxClock clock = SandboxClock.manual(Instant.parse("2025-03-10T09:00:00Z"));
    private final SandboxAccount account = SandboxAccount.empty(clock);
    private final Connection connection = SandboxConnections.connect(account, REGION, false);
    private final List<String> web = ManagedFleet.launch(account, REGION, 3, Map.of("Role", "web"));

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
        ManagedFleet.launch(account, REGION, 1, Map.of("Role", "db"));
        return web;
    }

    @Override
    void elapse(Duration duration) {
        clock.advance(duration);
    }

    @Override
    void assertTargetCount(int count, List<String> ids) {
        assertThat(count).isEqualTo(ids.size());
    }

    @Override
    List<String> listedIds(List<String> ids) {
        return ids;
    }

    @Override
    void assertOutput(InvocationOutput output) {
        assertThat(output.steps().get(0).stdout()).contains("load average");
    }
}
