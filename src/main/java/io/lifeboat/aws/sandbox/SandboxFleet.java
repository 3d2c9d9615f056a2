package io.lifeboat.aws.sandbox;

import io.lifeboat.aws.sandbox.ec2.DemoEc2Seed;
import io.lifeboat.aws.sandbox.rds.RdsSeed;
import io.lifeboat.aws.sandbox.route53.Route53Seed;
import io.lifeboat.aws.sandbox.ssm.SsmSeed;

/** Seeds the demo account, service by service: EC2 first, the others build on its instances. */
final class SandboxFleet {

    private SandboxFleet() {
    }

    static void seed(SandboxAccount account) {
        DemoFleet fleet = DemoFleet.create();
        DemoEc2Seed.seed(account, fleet);
        seedOperations(account, fleet);
    }

    /** SSM (managed nodes from the fleet, documents, command history), RDS, Route53 (points at RDS). */
    private static void seedOperations(SandboxAccount account, DemoFleet fleet) {
        SsmSeed.seed(account, fleet);
        RdsSeed.seed(account);
        Route53Seed.seed(account);
    }
}
