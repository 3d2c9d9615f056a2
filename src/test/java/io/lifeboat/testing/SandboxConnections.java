package io.lifeboat.testing;

import io.lifeboat.aws.Connection;
import io.lifeboat.aws.ConnectionSpec;
import io.lifeboat.aws.Connector;
import io.lifeboat.aws.sandbox.SandboxAccount;
import io.lifeboat.aws.sandbox.SandboxServiceClients;

/** Guarded connections to a sandbox account, opened exactly as the app opens them. */
public final class SandboxConnections {

    private SandboxConnections() {
    }

    public static Connection connect(SandboxAccount account, String region, boolean readOnly) {
        return Connector.builder()
                .sandbox(spec -> new SandboxServiceClients(account))
                .build()
                .connect(ConnectionSpec.sandbox(region, readOnly));
    }
}
