package io.lifeboat.aws.ops;

import io.lifeboat.aws.Connection;
import io.lifeboat.testing.ContractTest;
import io.lifeboat.testing.MotoExtension.Moto;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Read-only mode on Moto: the guard refuses before the SDK sends anything. */
@ContractTest
class SsmRdsRoute53ReadOnlyContractTest extends SsmRdsRoute53ReadOnlyScenario {

    private Connection live;
    private Connection readOnly;

    @BeforeEach
    void connect(Moto moto) {
        live = moto.connect(REGION);
        readOnly = moto.connectReadOnly(REGION);
    }

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
