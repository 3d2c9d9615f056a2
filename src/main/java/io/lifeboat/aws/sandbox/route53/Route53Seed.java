package io.lifeboat.aws.sandbox.route53;

import io.lifeboat.aws.sandbox.SandboxAccount;

/** Route53's part of the demo account. */
public final class Route53Seed {

    private Route53Seed() {
    }

    public static void seed(SandboxAccount account) {
    }
}
