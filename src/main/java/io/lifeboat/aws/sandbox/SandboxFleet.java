package io.lifeboat.aws.sandbox;

import io.lifeboat.aws.sandbox.ec2.DemoEc2Seed;
import io.lifeboat.aws.sandbox.rds.RdsState;
import io.lifeboat.aws.sandbox.route53.Route53State;
import io.lifeboat.aws.sandbox.ssm.SsmState;
import java.util.Set;
import io.lifeboat.aws.sandbox.rds.RdsSeed;
import io.lifeboat.aws.sandbox.route53.Route53Seed;
import io.lifeboat.aws.sandbox.ssm.SsmSeed;

/**
 * Seeds the demo account, service by service: EC2 now, the others (which build on its instances)
 * when one of them is first used, since the first screen needs EC2 only.
 */
final class SandboxFleet {

    private SandboxFleet() {
    }

    static void seed(SandboxAccount account) {
        DemoFleet fleet = DemoFleet.create();
        DemoEc2Seed.seed(account, fleet);
        account.seedOnFirstUse(Set.of(SsmState.class, RdsState.class, Route53State.class),
                () -> seedOperations(account, fleet));
    }

    /** SSM (managed nodes from the fleet, documents, command history), RDS, Route53 (points at RDS). */
    private static void seedOperations(SandboxAccount account, DemoFleet fleet) {
        SsmSeed.seed(account, fleet);
        RdsSeed.seed(account);
        Route53Seed.seed(account);
    }
}
