package io.lifeboat.aws.sandbox.rds;

import io.lifeboat.aws.sandbox.SandboxAccount;

/** RDS's part of the demo account. */
public final class RdsSeed {

    private RdsSeed() {
    }

    public static void seed(SandboxAccount account) {
    }
}
