package io.lifeboat.aws.sandbox.route53;

import io.lifeboat.aws.sandbox.SandboxAccount;
import io.lifeboat.aws.sandbox.rds.RdsNames;
import io.lifeboat.aws.sandbox.rds.RdsNetwork;
import io.lifeboat.aws.sandbox.rds.RdsSeed;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.services.route53.model.Change;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.RRType;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;
import software.amazon.awssdk.services.route53.model.VPC;
import software.amazon.awssdk.services.route53.model.VPCRegion;

/**
 * Route53's part of the demo account: the private zone the applications use instead of RDS
 * endpoints (the source document's advice, and the DNS cutover's target), and a small public zone.
 * Made through the same code as the API, long enough ago that every change is INSYNC.
 */
public final class Route53Seed {

    public static final String PRIVATE_ZONE = "myproject.io.";
    public static final String PUBLIC_ZONE = "myproject.example.";
    public static final String DATABASE_RECORD = "mydatabase.myproject.io.";
    public static final String BILLING_RECORD = "billing-db.myproject.io.";

    private Route53Seed() {
    }

    public static void seed(SandboxAccount account) {
        Instant then = account.clock().instant().minus(Duration.ofDays(200));
        Route53State state = Route53State.of(account);
        Route53Zones zones = new Route53Zones(state);
        Route53Records records = new Route53Records(state);

        String privateZone = zones.create(software.amazon.awssdk.services.route53.model.CreateHostedZoneRequest.builder()
                .name(PRIVATE_ZONE).callerReference("lifeboat-seed-private")
                .hostedZoneConfig(c -> c.comment("Names the applications use for their databases").privateZone(true))
                .vpc(VPC.builder().vpcId(RdsNetwork.PROD_VPC).vpcRegion(VPCRegion.EU_WEST_3).build())
                .build(), then).build().hostedZone().id();
        records.change(privateZone, "Database names", List.of(
                create(DATABASE_RECORD, RRType.CNAME, 60, RdsNames.clusterEndpoint(RdsSeed.ORDERS, RdsSeed.REGION)),
                create(BILLING_RECORD, RRType.CNAME, 60, RdsNames.clusterEndpoint(RdsSeed.BILLING, RdsSeed.REGION)),
                create("reporting-db.myproject.io.", RRType.CNAME, 300,
                        RdsNames.instanceEndpoint(RdsSeed.LEGACY, RdsSeed.REGION))), then);

        String publicZone = zones.create(software.amazon.awssdk.services.route53.model.CreateHostedZoneRequest.builder()
                .name(PUBLIC_ZONE).callerReference("lifeboat-seed-public")
                .hostedZoneConfig(c -> c.comment("Public names")).build(), then).build().hostedZone().id();
        records.change(publicZone, "Web front", List.of(
                create("www.myproject.example.", RRType.A, 300, "203.0.113.10"),
                create("api.myproject.example.", RRType.A, 60, "203.0.113.20", "203.0.113.21")), then);
    }

    private static Change create(String name, RRType type, long ttl, String... values) {
        ResourceRecordSet record = Route53Zones.record(name, type, ttl, List.of(values));
        return Change.builder().action(ChangeAction.CREATE).resourceRecordSet(record).build();
    }
}
