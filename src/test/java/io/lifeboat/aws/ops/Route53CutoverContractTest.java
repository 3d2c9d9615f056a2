package io.lifeboat.aws.ops;

import io.lifeboat.aws.Connection;
import io.lifeboat.testing.ContractTest;
import io.lifeboat.testing.MotoExtension.Moto;
import java.time.Duration;
import software.amazon.awssdk.services.route53.model.ChangeStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The cutover scenario on Moto 5.2.1. Moto gap: a CREATE of an existing record set adds a duplicate
 * instead of failing with InvalidChangeBatch; that and PENDING changes are covered by
 * Route53CutoverSandboxTest and SandboxRoute53Test.
 */
@ContractTest
class Route53CutoverContractTest extends Route53CutoverScenario {

    private Connection connection;

    @BeforeEach
    void connect(Moto moto) {
        connection = moto.connect("eu-west-3");
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

    /** Moto gap: a change is INSYNC at once (AWS answers PENDING; the sandbox test pins that). */
    @Override
    ChangeStatus statusRightAfterAChange() {
        return ChangeStatus.INSYNC;
    }
}
