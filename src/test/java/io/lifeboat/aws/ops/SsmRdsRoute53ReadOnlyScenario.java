package io.lifeboat.aws.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeboat.aws.Connection;
import io.lifeboat.aws.guard.ReadOnlyModeException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.rds.model.DbClusterNotFoundException;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.RRType;
import software.amazon.awssdk.services.route53.model.ResourceRecord;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;
import software.amazon.awssdk.services.route53.model.VPCRegion;
import software.amazon.awssdk.services.ssm.model.Target;

/**
 * Read-only mode on any backend: Run Command, a cluster restore and a DNS change are refused before
 * they are sent (not counted, nothing changes) while reads keep working.
 */
abstract class SsmRdsRoute53ReadOnlyScenario {

    static final String REGION = "eu-west-3";

    /** A read-write connection to the account, to make fixtures and check that nothing changed. */
    abstract Connection live();

    /** A read-only connection to the same account. */
    abstract Connection readOnly();

    @Test
    void mutatingOpsCallsAreRefusedAndNothingChanges() {
        live().clients().rds(REGION).createDBCluster(r -> r.dbClusterIdentifier("ro-source").engine("aurora-postgresql")
                .masterUsername("pg").masterUserPassword("ReadOnly-Passw0rd"));
        String zone = live().clients().route53().createHostedZone(r -> r.name("readonly.internal")
                .callerReference("ro-" + System.nanoTime()).vpc(v -> v.vpcId("vpc-0a7c3e5f2b9d41e68")
                        .vpcRegion(VPCRegion.EU_WEST_3))).hostedZone().id();
        live().clients().route53().changeResourceRecordSets(r -> r.hostedZoneId(zone).changeBatch(b -> b.changes(c -> c
                .action(ChangeAction.UPSERT).resourceRecordSet(cname("db.readonly.internal", "old.example")))));
        int commandsBefore = live().clients().ssm(REGION).listCommands(r -> r.maxResults(50)).commands().size();

        assertThatThrownBy(() -> readOnly().clients().ssm(REGION).sendCommand(r -> r.documentName("AWS-RunShellScript")
                .parameters(Map.of("commands", List.of("reboot"))).targets(Target.builder().key("tag:Role")
                        .values("web").build()))).isInstanceOf(ReadOnlyModeException.class)
                .hasMessageContaining("SendCommand");
        assertThatThrownBy(() -> readOnly().clients().rds(REGION).restoreDBClusterToPointInTime(r -> r
                .sourceDBClusterIdentifier("ro-source").dbClusterIdentifier("ro-restored").useLatestRestorableTime(true)))
                .isInstanceOf(ReadOnlyModeException.class).hasMessageContaining("RestoreDBClusterToPointInTime");
        assertThatThrownBy(() -> readOnly().clients().route53().changeResourceRecordSets(r -> r.hostedZoneId(zone)
                .changeBatch(b -> b.changes(c -> c.action(ChangeAction.UPSERT)
                        .resourceRecordSet(cname("db.readonly.internal", "new.example"))))))
                .isInstanceOf(ReadOnlyModeException.class).hasMessageContaining("ChangeResourceRecordSets");

        assertThat(live().clients().ssm(REGION).listCommands(r -> r.maxResults(50)).commands()).hasSize(commandsBefore);
        assertThatThrownBy(() -> live().clients().rds(REGION).describeDBClusters(r -> r.dbClusterIdentifier("ro-restored")))
                .isInstanceOf(DbClusterNotFoundException.class);
        List<ResourceRecordSet> records = readOnly().clients().route53().listResourceRecordSets(r -> r.hostedZoneId(zone))
                .resourceRecordSets();
        assertThat(records).filteredOn(s -> s.type() == RRType.CNAME).singleElement()
                .satisfies(s -> assertThat(s.resourceRecords().get(0).value()).isEqualTo("old.example"));
        assertThat(readOnly().clients().rds(REGION).describeDBClusters(r -> r.dbClusterIdentifier("ro-source"))
                .dbClusters()).hasSize(1);
        for (String operation : List.of("SendCommand", "RestoreDBClusterToPointInTime", "ChangeResourceRecordSets")) {
            assertThat(readOnly().calls().count(operation)).as(operation).isZero();
        }
    }

    private static ResourceRecordSet cname(String name, String value) {
        return ResourceRecordSet.builder().name(name).type(RRType.CNAME).ttl(60L)
                .resourceRecords(ResourceRecord.builder().value(value).build()).build();
    }
}
