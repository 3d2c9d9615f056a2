package io.lifeboat.restore;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.SdkRequest;

/**
 * What a plan will do, before it is started: the requests in the order they are made (reads included,
 * so the waits are visible), what will exist afterwards, and the promise about the source.
 */
public record RestoreReview(List<PlannedCall> calls, List<String> afterwards, String source) {

    public RestoreReview {
        calls = List.copyOf(calls);
        afterwards = List.copyOf(afterwards);
    }

    public static RestoreReview of(RestorePlan plan) {
        List<PlannedCall> calls = new ArrayList<>();
        List<String> afterwards = new ArrayList<>();
        TargetSettings s = plan.settings();
        String when = plan.time().latest() ? "its latest restorable time" : plan.time().at().toString();
        if (plan.cluster()) {
            calls.add(call("RestoreDBClusterToPointInTime", "a new cluster from " + plan.sourceId() + " as of "
                    + when + " (" + plan.type().label().toLowerCase() + "); it has no instance yet",
                    RestoreRequests.restoreCluster(plan)));
            calls.add(read("rds", "DescribeDBClusters", "poll until " + plan.targetId() + " is available",
                    "DBClusterIdentifier=" + plan.targetId()));
            for (int i = 0; i < plan.instances().size(); i++) {
                NewInstance instance = plan.instances().get(i);
                calls.add(call("CreateDBInstance", (i == 0 ? "the writer" : "reader " + i) + " of " + plan.targetId(),
                        RestoreRequests.createInstance(plan, instance)));
            }
            afterwards.add("Aurora cluster " + plan.targetId() + " (" + plan.engine() + "), restored from "
                    + plan.sourceId() + " as of " + when + ", in subnet group " + s.subnetGroup()
                    + " with security groups " + String.join(", ", s.securityGroupIds())
                    + (s.kmsKeyId() == null ? "" : ", encrypted with " + s.kmsKeyId())
                    + (s.deletionProtection() ? ", deletion protection on" : ", deletion protection off"));
            for (int i = 0; i < plan.instances().size(); i++) {
                NewInstance instance = plan.instances().get(i);
                afterwards.add((i == 0 ? "Writer " : "Reader ") + instance.id() + " (" + instance.instanceClass() + ")");
            }
        } else {
            calls.add(call("RestoreDBInstanceToPointInTime", "a new instance from " + plan.sourceId() + " as of " + when,
                    RestoreRequests.restoreInstance(plan)));
            afterwards.add("RDS instance " + plan.targetId() + " (" + plan.engine() + ", "
                    + plan.instances().get(0).instanceClass() + "), restored from " + plan.sourceId() + " as of " + when
                    + ", in subnet group " + s.subnetGroup() + " with security groups "
                    + String.join(", ", s.securityGroupIds()));
        }
        calls.add(plan.cluster()
                ? read("rds", "DescribeDBInstances", "poll until every instance of " + plan.targetId() + " is available",
                        "Filters=[{Name=db-cluster-id, Values=[" + plan.targetId() + "]}]")
                : read("rds", "DescribeDBInstances", "poll until " + plan.targetId() + " is available",
                        "DBInstanceIdentifier=" + plan.targetId()));
        if (plan.cutover() != null) {
            CutoverTarget target = plan.cutover();
            calls.add(read("route53", "ListResourceRecordSets", "read " + target.recordName() + " and record its value and TTL",
                    "HostedZoneId=" + target.zoneId(), "StartRecordName=" + target.recordName(), "StartRecordType=CNAME"));
            calls.add(new PlannedCall("route53", "ChangeResourceRecordSets", true, "point " + target.recordName()
                    + " at the writer endpoint of " + plan.targetId() + ", with the TTL it has", List.of(
                    new PlannedCall.Parameter("HostedZoneId", target.zoneId()),
                    new PlannedCall.Parameter("ChangeBatch", "{Changes=[{Action=UPSERT, ResourceRecordSet={Name="
                            + target.recordName() + ", Type=CNAME, TTL=(as now), ResourceRecords=[{Value=(writer endpoint of "
                            + plan.targetId() + ")}]}}]}"))));
            calls.add(read("route53", "GetChange", "poll until the change is INSYNC", "Id=(the change's id)"));
            afterwards.add(target.recordName() + " points at " + plan.targetId()
                    + "; its previous value is kept in the job, to revert to");
        }
        return new RestoreReview(calls, afterwards, plan.sourceId() + " is not modified: no request above changes it.");
    }

    /** An RDS request that creates something, its parameters read from the request the job sends. */
    private static PlannedCall call(String operation, String why, SdkRequest request) {
        return new PlannedCall("rds", operation, true, why, RequestText.parameters(request));
    }

    private static PlannedCall read(String service, String operation, String why, String... parameters) {
        List<PlannedCall.Parameter> list = new ArrayList<>();
        for (String p : parameters) {
            int eq = p.indexOf('=');
            list.add(new PlannedCall.Parameter(p.substring(0, eq), p.substring(eq + 1)));
        }
        return new PlannedCall(service, operation, false, why, list);
    }
}
