package io.lifeboat.aws.sandbox.route53;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeboat.aws.sandbox.SandboxAccount;
import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.aws.sandbox.SandboxServiceClients;
import io.lifeboat.aws.sandbox.rds.RdsNetwork;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.Change;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.ChangeInfo;
import software.amazon.awssdk.services.route53.model.ChangeStatus;
import software.amazon.awssdk.services.route53.model.GetHostedZoneResponse;
import software.amazon.awssdk.services.route53.model.HostedZone;
import software.amazon.awssdk.services.route53.model.InvalidChangeBatchException;
import software.amazon.awssdk.services.route53.model.NoSuchChangeException;
import software.amazon.awssdk.services.route53.model.NoSuchHostedZoneException;
import software.amazon.awssdk.services.route53.model.RRType;
import software.amazon.awssdk.services.route53.model.ResourceRecord;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;
import software.amazon.awssdk.services.route53.model.VPCRegion;

class SandboxRoute53Test {

    private static final Instant T0 = Instant.parse("2025-03-10T09:00:00Z");
    private static final String ORDERS = "orders-prod.cluster-c1a2b3c4d5e6.eu-west-3.rds.amazonaws.com";
    private final SandboxClock clock = SandboxClock.manual(T0);
    private final Route53Client route53 = new SandboxServiceClients(SandboxAccount.withDemoFleet(clock)).route53();

    private String zoneId(String name) {
        return route53.listHostedZonesPaginator(r -> r.maxItems("1")).hostedZones().stream()
                .filter(z -> z.name().equals(name)).findFirst().map(HostedZone::id).orElseThrow();
    }

    private List<ResourceRecordSet> records(String zone) {
        return route53.listResourceRecordSetsPaginator(r -> r.hostedZoneId(zone).maxItems("2"))
                .resourceRecordSets().stream().toList();
    }

    private ResourceRecordSet record(String zone, String name, RRType type) {
        return records(zone).stream().filter(r -> r.name().equals(name) && r.type() == type).findFirst().orElse(null);
    }

    private ChangeInfo change(String zone, ChangeAction action, String name, RRType type, long ttl, String... values) {
        return route53.changeResourceRecordSets(r -> r.hostedZoneId(zone).changeBatch(b -> b.changes(
                change(action, name, type, ttl, values)))).changeInfo();
    }

    private static Change change(ChangeAction action, String name, RRType type, long ttl, String... values) {
        return Change.builder().action(action).resourceRecordSet(ResourceRecordSet.builder().name(name).type(type)
                .ttl(ttl).resourceRecords(java.util.Arrays.stream(values)
                        .map(v -> ResourceRecord.builder().value(v).build()).toList()).build()).build();
    }

    @Test
    void listsBothZonesAcrossPagesAndGetsThePrivateOneWithItsVpc() {
        List<HostedZone> zones = route53.listHostedZonesPaginator(r -> r.maxItems("1")).hostedZones().stream().toList();
        assertThat(zones).extracting(HostedZone::name).containsExactly("myproject.io.", "myproject.example.");
        assertThat(zones.get(0).config().privateZone()).isTrue();
        assertThat(zones.get(0).id()).matches("/hostedzone/Z[A-Z0-9]+");
        assertThat(route53.listHostedZones(r -> r.maxItems("1")).isTruncated()).isTrue();
        assertThat(route53.listHostedZones(r -> r.hostedZoneType("PrivateHostedZone")).hostedZones())
                .extracting(HostedZone::name).containsExactly("myproject.io.");

        String privateId = zones.get(0).id();
        GetHostedZoneResponse got = route53.getHostedZone(r -> r.id(privateId));
        assertThat(got.vpCs()).singleElement().satisfies(v -> {
            assertThat(v.vpcId()).isEqualTo(RdsNetwork.PROD_VPC);
            assertThat(v.vpcRegion()).isEqualTo(VPCRegion.EU_WEST_3);
        });
        assertThat(route53.getHostedZone(r -> r.id(privateId.substring("/hostedzone/".length()))).hostedZone().name())
                .isEqualTo("myproject.io.");
        assertThat(route53.getHostedZone(r -> r.id(zones.get(1).id())).delegationSet().nameServers()).hasSize(4);
        assertThatThrownBy(() -> route53.getHostedZone(r -> r.id("ZNOSUCHZONE"))).isInstanceOf(NoSuchHostedZoneException.class);
    }

    @Test
    void recordsListInRoute53OrderAcrossPagesAndFromAStartName() {
        String zone = zoneId("myproject.io.");
        List<ResourceRecordSet> all = records(zone);
        assertThat(all).extracting(ResourceRecordSet::name, ResourceRecordSet::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("myproject.io.", RRType.NS),
                org.assertj.core.groups.Tuple.tuple("myproject.io.", RRType.SOA),
                org.assertj.core.groups.Tuple.tuple("billing-db.myproject.io.", RRType.CNAME),
                org.assertj.core.groups.Tuple.tuple("mydatabase.myproject.io.", RRType.CNAME),
                org.assertj.core.groups.Tuple.tuple("reporting-db.myproject.io.", RRType.CNAME));
        ResourceRecordSet database = all.get(3);
        assertThat(database.ttl()).isEqualTo(60);
        assertThat(database.resourceRecords()).extracting(ResourceRecord::value).containsExactly(ORDERS);

        var fromDatabase = route53.listResourceRecordSets(r -> r.hostedZoneId(zone).startRecordName("mydatabase.myproject.io")
                .startRecordType(RRType.CNAME).maxItems("1"));
        assertThat(fromDatabase.resourceRecordSets()).extracting(ResourceRecordSet::name)
                .containsExactly("mydatabase.myproject.io.");
        assertThat(fromDatabase.nextRecordName()).isEqualTo("reporting-db.myproject.io.");
        assertThat(route53.listResourceRecordSets(r -> r.hostedZoneId(zone).maxItems("1000")).maxItems()).isEqualTo("300");
    }

    @Test
    void createFailsWhenTheRecordExistsAndTheWholeBatchIsRefused() {
        String zone = zoneId("myproject.io.");
        assertThatThrownBy(() -> route53.changeResourceRecordSets(r -> r.hostedZoneId(zone).changeBatch(b -> b.changes(
                change(ChangeAction.CREATE, "cache.myproject.io", RRType.CNAME, 60, "cache.internal"),
                change(ChangeAction.CREATE, "mydatabase.myproject.io.", RRType.CNAME, 60, "elsewhere")))))
                .isInstanceOf(InvalidChangeBatchException.class)
                .hasMessageContaining("Tried to create resource record set [name='mydatabase.myproject.io.', type='CNAME'] "
                        + "but it already exists");
        assertThat(record(zone, "cache.myproject.io.", RRType.CNAME)).isNull();
        assertThat(record(zone, "mydatabase.myproject.io.", RRType.CNAME).resourceRecords().get(0).value())
                .isEqualTo(ORDERS);
    }

    @Test
    void upsertSwitchesTheCnameAndTheChangeGoesInSyncAfterThirtySeconds() {
        String zone = zoneId("myproject.io.");
        String restored = "orders-restored.cluster-c1a2b3c4d5e6.eu-west-3.rds.amazonaws.com";
        ChangeInfo info = change(zone, ChangeAction.UPSERT, "MyDatabase.myproject.io", RRType.CNAME, 60, restored);

        assertThat(info.status()).isEqualTo(ChangeStatus.PENDING);
        assertThat(info.id()).startsWith("/change/C");
        assertThat(record(zone, "mydatabase.myproject.io.", RRType.CNAME).resourceRecords().get(0).value())
                .isEqualTo(restored);
        clock.advance(Duration.ofSeconds(29));
        assertThat(route53.getChange(r -> r.id(info.id())).changeInfo().status()).isEqualTo(ChangeStatus.PENDING);
        clock.advance(Duration.ofSeconds(1));
        assertThat(route53.getChange(r -> r.id(info.id().substring("/change/".length()))).changeInfo().status())
                .isEqualTo(ChangeStatus.INSYNC);
        assertThatThrownBy(() -> route53.getChange(r -> r.id("CNOSUCHCHANGE"))).isInstanceOf(NoSuchChangeException.class);
    }

    @Test
    void deleteMustMatchExactly() {
        String zone = zoneId("myproject.io.");
        assertThatThrownBy(() -> change(zone, ChangeAction.DELETE, "mydatabase.myproject.io.", RRType.CNAME, 300, ORDERS))
                .isInstanceOf(InvalidChangeBatchException.class)
                .hasMessageContaining("the values provided do not match the current values");
        assertThatThrownBy(() -> change(zone, ChangeAction.DELETE, "nothing.myproject.io.", RRType.CNAME, 60, ORDERS))
                .isInstanceOf(InvalidChangeBatchException.class).hasMessageContaining("but it was not found");
        change(zone, ChangeAction.DELETE, "mydatabase.myproject.io.", RRType.CNAME, 60, ORDERS);
        assertThat(record(zone, "mydatabase.myproject.io.", RRType.CNAME)).isNull();
    }

    @Test
    void refusesNamesOutsideTheZoneAndCnameConflicts() {
        String zone = zoneId("myproject.io.");
        assertThatThrownBy(() -> change(zone, ChangeAction.UPSERT, "db.other.io.", RRType.CNAME, 60, ORDERS))
                .isInstanceOf(InvalidChangeBatchException.class).hasMessageContaining("not permitted in zone");
        assertThatThrownBy(() -> change(zone, ChangeAction.CREATE, "mydatabase.myproject.io.", RRType.A, 60, "10.0.0.1"))
                .isInstanceOf(InvalidChangeBatchException.class).hasMessageContaining("conflicting RRSet of type CNAME");
        assertThatThrownBy(() -> change(zone, ChangeAction.UPSERT, "myproject.io.", RRType.CNAME, 60, ORDERS))
                .isInstanceOf(InvalidChangeBatchException.class).hasMessageContaining("apex");
    }

    @Test
    void createdPrivateZoneStartsWithSoaAndNs() {
        var created = route53.createHostedZone(r -> r.name("drill.internal").callerReference("drill-1")
                .vpc(v -> v.vpcId("vpc-0123").vpcRegion(VPCRegion.EU_WEST_3))
                .hostedZoneConfig(c -> c.privateZone(true)));
        assertThat(created.hostedZone().config().privateZone()).isTrue();
        assertThat(created.changeInfo().status()).isEqualTo(ChangeStatus.PENDING);
        assertThat(records(created.hostedZone().id())).extracting(ResourceRecordSet::type)
                .containsExactly(RRType.NS, RRType.SOA);
        assertThatThrownBy(() -> route53.createHostedZone(r -> r.name("again.internal").callerReference("drill-1")
                .vpc(v -> v.vpcId("vpc-0123").vpcRegion(VPCRegion.EU_WEST_3))))
                .isInstanceOf(software.amazon.awssdk.services.route53.model.HostedZoneAlreadyExistsException.class);
    }
}
