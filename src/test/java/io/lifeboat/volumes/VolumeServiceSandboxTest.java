package io.lifeboat.volumes;

import io.lifeboat.aws.Connection;
import io.lifeboat.aws.ConnectionSpec;
import io.lifeboat.aws.Connector;
import io.lifeboat.aws.sandbox.SandboxAccount;
import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.aws.sandbox.SandboxServiceClients;
import java.time.Duration;
import java.time.Instant;

/** The volume scenarios on an empty sandbox account; its clock is moved on where the scenario waits. */
class VolumeServiceSandboxTest extends VolumeServiceScenarioTest {

    private final SandboxClock clock = SandboxClock.manual(Instant.parse("2026-11-25T10:00:00Z"));

    @Override
    protected Connection connect() {
        SandboxAccount account = SandboxAccount.empty(clock);
        return Connector.builder().sandbox(spec -> new SandboxServiceClients(account)).build()
                .connect(ConnectionSpec.sandbox(REGION, false));
    }

    @Override
    protected void letTimePass() {
        clock.advance(Duration.ofMinutes(5));
    }
}
