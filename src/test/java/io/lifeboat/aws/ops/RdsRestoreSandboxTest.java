package io.lifeboat.aws.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeboat.aws.Connection;
import io.lifeboat.aws.sandbox.SandboxAccount;
import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.testing.SandboxConnections;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.rds.model.InvalidRestoreException;

/** The restore scenario on the sandbox, plus the window validation Moto does not do. */
class RdsRestoreSandboxTest extends RdsRestoreScenario {

    private final SandboxClock clock = SandboxClock.manual(Instant.parse("2025-03-10T09:00:00Z"));
    private final Connection connection = SandboxConnections.connect(SandboxAccount.withDemoFleet(clock), REGION, false);

    @AfterEach
    void close() {
        connection.close();
    }

    @Override
    Connection connection() {
        return connection;
    }

    @Override
    void elapse(Duration duration) {
        clock.advance(duration);
    }

    @Test
    void restoreOutsideTheWindowIsRefusedWithTheWindowInTheMessage() {
        var orders = cluster("orders-prod");
        assertThatThrownBy(() -> rds().restoreDBClusterToPointInTime(r -> r.sourceDBClusterIdentifier("orders-prod")
                .dbClusterIdentifier("orders-too-old").restoreToTime(orders.earliestRestorableTime().minusSeconds(60))))
                .isInstanceOf(InvalidRestoreException.class)
                .hasMessageContaining(orders.earliestRestorableTime().toString());
        assertThat(connection.calls().count("RestoreDBClusterToPointInTime")).isEqualTo(1);
    }
}
