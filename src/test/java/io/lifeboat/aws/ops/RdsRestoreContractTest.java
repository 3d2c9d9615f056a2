package io.lifeboat.aws.ops;

import io.lifeboat.aws.Connection;
import io.lifeboat.testing.ContractTest;
import io.lifeboat.testing.MotoExtension.Moto;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The restore scenario on Moto 5.2.1. Moto gaps, covered on the sandbox (SandboxRdsTest,
 * RdsRestoreSandboxTest): no validation of the restore time against the window, no identifier rules,
 * no paging, and every state jumps to available at once.
 */
@ContractTest
class RdsRestoreContractTest extends RdsRestoreScenario {

    private Connection connection;

    @BeforeEach
    void connect(Moto moto) {
        connection = moto.connect(REGION);
    }

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
        // Nothing is ever in progress on Moto.
    }
}
