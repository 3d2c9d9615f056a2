package io.lifeboat.aws.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.aws.Connection;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.ChangeInfo;
import software.amazon.awssdk.services.route53.model.ChangeStatus;
import software.amazon.awssdk.services.route53.model.HostedZone;
import software.amazon.awssdk.services.route53.model.RRType;
import software.amazon.awssdk.services.route53.model.ResourceRecord;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;
import software.amazon.awssdk.services.route53.model.VPCRegion;

/** The DNS cutover's Route53 calls on any backend: a private zone, a CNAME upserted and read back. */
abstract class Route53CutoverScenario {

    static final String VPC = "vpc-0a7c3e5f2b9d41e68";

    abstract Connection connection();

    abstract void elapse(Duration duration);

    /** What a change reports right after it was sent: PENDING on AWS (and the sandbox), INSYNC on Moto. */
    abstract ChangeStatus statusRightAfterAChange();

    Route53Client route53() {
        return connection().clients().route53();
    }

    String createPrivateZone() {
        return route53().createHostedZone(r -> r.name("cutover.internal").callerReference("scenario-" + System.nanoTime())
                .hostedZoneConfig(c -> c.comment("cutover scenario").privateZone(true))
                .vpc(v -> v.vpcId(VPC).vpcRegion(VPCRegion.EU_WEST_3))).hostedZone().id();
    }

    ChangeInfo upsert(String zone, String name, String value) {
        return route53().changeResourceRecordSets(r -> r.hostedZoneId(zone).changeBatch(b -> b.comment("cutover")
                .changes(c -> c.action(ChangeAction.UPSERT).resourceRecordSet(s -> s.name(name).type(RRType.CNAME)
                        .ttl(60L).resourceRecords(ResourceRecord.builder().value(value).build()))))).changeInfo();
    }

    List<ResourceRecordSet> cnames(String zone, String name) {
        return route53().listResourceRecordSetsPaginator(r -> r.hostedZoneId(zone)).resourceRecordSets().stream()
                .filter(s -> s.type() == RRType.CNAME && s.name().equals(name)).toList();
    }

    @Test
    void upsertACnameInAPrivateZoneAndReadItBack() {
        String zone = createPrivateZone();
        assertThat(route53().listHostedZonesPaginator(r -> r.maxItems("100")).hostedZones().stream()
                .map(HostedZone::name).toList()).contains("cutover.internal.");
        assertThat(route53().getHostedZone(r -> r.id(zone)).vpCs()).singleElement()
                .satisfies(v -> assertThat(v.vpcId()).isEqualTo(VPC));

        upsert(zone, "db.cutover.internal", "old-cluster.cluster-x.eu-west-3.rds.amazonaws.com");
        ChangeInfo switched = upsert(zone, "db.cutover.internal", "new-cluster.cluster-x.eu-west-3.rds.amazonaws.com");
        assertThat(switched.status()).isEqualTo(statusRightAfterAChange());

        List<ResourceRecordSet> records = cnames(zone, "db.cutover.internal.");
        assertThat(records).singleElement().satisfies(s -> {
            assertThat(s.ttl()).isEqualTo(60L);
            assertThat(s.resourceRecords()).extracting(ResourceRecord::value)
                    .containsExactly("new-cluster.cluster-x.eu-west-3.rds.amazonaws.com");
        });
        elapse(Duration.ofMinutes(1));
        assertThat(route53().getChange(r -> r.id(switched.id())).changeInfo().status()).isEqualTo(ChangeStatus.INSYNC);
    }
}
