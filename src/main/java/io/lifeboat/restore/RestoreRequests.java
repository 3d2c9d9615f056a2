package io.lifeboat.restore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.rds.model.CreateDbInstanceRequest;
import software.amazon.awssdk.services.rds.model.RestoreDbClusterToPointInTimeRequest;
import software.amazon.awssdk.services.rds.model.RestoreDbInstanceToPointInTimeRequest;
import software.amazon.awssdk.services.rds.model.Tag;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.ChangeResourceRecordSetsRequest;
import software.amazon.awssdk.services.route53.model.RRType;
import software.amazon.awssdk.services.route53.model.ResourceRecord;

/**
 * The exact requests a plan makes: built here once, sent by the job and shown by the review. Every
 * setting is explicit (above all the security groups: left out, RDS would attach the VPC's default
 * group), and every new resource carries the job's tag, which is how a retried step recognises what
 * it made before.
 */
final class RestoreRequests {

    private RestoreRequests() {
    }

    static RestoreDbClusterToPointInTimeRequest restoreCluster(RestorePlan plan) {
        TargetSettings s = plan.settings();
        RestoreDbClusterToPointInTimeRequest.Builder request = RestoreDbClusterToPointInTimeRequest.builder()
                .sourceDBClusterIdentifier(plan.sourceId())
                .dbClusterIdentifier(plan.targetId())
                .restoreType(plan.type().id());
        if (plan.time().latest()) {
            request.useLatestRestorableTime(true);
        } else {
            request.restoreToTime(plan.time().at());
        }
        request.dbSubnetGroupName(s.subnetGroup())
                .vpcSecurityGroupIds(s.securityGroupIds())
                .dbClusterParameterGroupName(s.clusterParameterGroup())
                .kmsKeyId(s.kmsKeyId())
                .port(s.port())
                .deletionProtection(s.deletionProtection())
                .copyTagsToSnapshot(s.copyTagsToSnapshot())
                .tags(tags(plan));
        return request.build();
    }

    static CreateDbInstanceRequest createInstance(RestorePlan plan, NewInstance instance) {
        return CreateDbInstanceRequest.builder()
                .dbInstanceIdentifier(instance.id())
                .dbClusterIdentifier(plan.targetId())
                .engine(plan.engine())
                .dbInstanceClass(instance.instanceClass())
                .dbParameterGroupName(plan.settings().instanceParameterGroup())
                .tags(tags(plan))
                .build();
    }

    static RestoreDbInstanceToPointInTimeRequest restoreInstance(RestorePlan plan) {
        TargetSettings s = plan.settings();
        RestoreDbInstanceToPointInTimeRequest.Builder request = RestoreDbInstanceToPointInTimeRequest.builder()
                .sourceDBInstanceIdentifier(plan.sourceId())
                .targetDBInstanceIdentifier(plan.targetId());
        if (plan.time().latest()) {
            request.useLatestRestorableTime(true);
        } else {
            request.restoreTime(plan.time().at());
        }
        return request.dbInstanceClass(plan.instances().get(0).instanceClass())
                .dbSubnetGroupName(s.subnetGroup())
                .vpcSecurityGroupIds(s.securityGroupIds())
                .dbParameterGroupName(s.instanceParameterGroup())
                .port(s.port())
                .deletionProtection(s.deletionProtection())
                .copyTagsToSnapshot(s.copyTagsToSnapshot())
                .tags(tags(plan))
                .build();
    }

    static ChangeResourceRecordSetsRequest upsert(RestorePlan plan, CutoverTarget target, String value, long ttl,
                                                  String why) {
        return ChangeResourceRecordSetsRequest.builder()
                .hostedZoneId(target.zoneId())
                .changeBatch(b -> b.comment("Lifeboat restore job " + plan.jobId() + ": " + why)
                        .changes(c -> c.action(ChangeAction.UPSERT).resourceRecordSet(r -> r.name(target.recordName())
                                .type(RRType.CNAME).ttl(ttl).resourceRecords(ResourceRecord.builder().value(value).build()))))
                .build();
    }

    /** The plan's tags, then the job's own (which no edit can remove). */
    static List<Tag> tags(RestorePlan plan) {
        List<Tag> tags = new ArrayList<>();
        for (Map.Entry<String, String> tag : plan.settings().tags().entrySet()) {
            if (!tag.getKey().equals(RestorePlan.JOB_TAG)) {
                tags.add(Tag.builder().key(tag.getKey()).value(tag.getValue()).build());
            }
        }
        tags.add(Tag.builder().key(RestorePlan.JOB_TAG).value(plan.jobId()).build());
        return tags;
    }
}
