package io.lifeboat.aws.ops;

import io.lifeboat.aws.Connection;
import io.lifeboat.aws.sandbox.SandboxAccount;
import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.testing.SandboxConnections;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;

/** Read-only mode on a sandbox connection of the demo account. */
class SsmRdsRoute53ReadOnlySandboxTest extends SsmRdsRoute53ReadOnlyScenario {

    private final SandboxAccount account = SandboxAccount.withDemoFleet(
            SandboxClock.manual(Instant.parse("2025-03-10T09:00:00Z")));
    private final Connection live = SandboxConnections.connect(account, REGION, false);
    private final Connection readOnly = SandboxConnections.connect(account, REGION, true);

    @AfterEach
    void close() {
        live.close();
        readOnly.close();
    }

    @Override
    Connection live() {
        return live;
    }

    @Override
    Connection readOnly() {
        return readOnly;
    }
}
