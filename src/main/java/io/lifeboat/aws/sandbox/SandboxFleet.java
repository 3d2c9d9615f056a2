package io.lifeboat.aws.sandbox;

/** Seeds the demo account, service by service: EC2 first, the others build on its instances. */
final class SandboxFleet {

    private SandboxFleet() {
    }

    static void seed(SandboxAccount account) {
    }
}
