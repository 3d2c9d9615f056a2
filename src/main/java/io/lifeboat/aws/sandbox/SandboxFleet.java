package io.lifeboat.aws.sandbox;

import io.lifeboat.aws.sandbox.ec2.DemoEc2Seed;

/** Seeds the demo account, service by service: EC2 first, the others build on its instances. */
final class SandboxFleet {

    private SandboxFleet() {
    }

    static void seed(SandboxAccount account) {
        DemoFleet fleet = DemoFleet.create();
        DemoEc2Seed.seed(account, fleet);
        // ---- After EC2: seed SSM, RDS and Route53 here, from the same `fleet` (their seeding lands from
        // ---- the sandbox-ops branch). They may rely on EC2's instances and volumes already being in place.
    }
}
