package io.lifeboat.aws.sandbox.rds;

import io.lifeboat.aws.sandbox.SandboxAccount;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * RDS's part of the demo account, in eu-west-3: the two Aurora clusters the point-in-time restore
 * wizard works on (a writer and a reader each, seven days of backups, custom security and parameter
 * groups, encrypted, deletion protection on), a plain MySQL instance from before Aurora, and a
 * DocumentDB and a Neptune cluster, which the RDS API lists too and the wizard cannot restore.
 */
public final class RdsSeed {

    public static final String REGION = "eu-west-3";
    public static final String ORDERS = "orders-prod";
    public static final String BILLING = "billing-prod";
    public static final String LEGACY = "legacy-reporting";
    public static final String DOCUMENTS = "catalog-docs";
    public static final String GRAPH = "graph-recs";
    public static final String SUBNET_GROUP = "prod-db-subnets";
    public static final String KMS_KEY = "arn:aws:kms:eu-west-3:" + SandboxAccount.ACCOUNT_ID
            + ":key/6f1c2a9e-3b7d-4e58-9a41-2c8d7b5e0f13";

    private RdsSeed() {
    }

    public static void seed(SandboxAccount account) {
        Instant now = account.clock().instant();
        RdsState state = RdsState.of(account, REGION);
        state.locked(() -> {
            state.subnetGroups.put(SUBNET_GROUP, new RdsState.SubnetGroup(SUBNET_GROUP,
                    "Private subnets of the production databases", RdsNetwork.PROD_VPC,
                    Map.of(REGION + "a", "subnet-0a11b22c33d44e551", REGION + "b", "subnet-0a11b22c33d44e552",
                            REGION + "c", "subnet-0a11b22c33d44e553"), RdsNetwork.PROD_VPC_DEFAULT_SG));
            clusterGroup(state, "orders-prod-cluster-params", "aurora-mysql8.0");
            clusterGroup(state, "billing-prod-cluster-params", "aurora-postgresql15");
            instanceGroup(state, "orders-prod-instance-params", "aurora-mysql8.0");
            instanceGroup(state, "billing-prod-instance-params", "aurora-postgresql15");
            instanceGroup(state, "legacy-reporting-params", "mysql8.0");

            ClusterRecord orders = cluster(ORDERS, "aurora-mysql", "8.0.mysql_aurora.3.05.2", 3306, "admin", "orders",
                    RdsNetwork.ORDERS_DB_SG, now.minus(Duration.ofDays(400)));
            ClusterRecord billing = cluster(BILLING, "aurora-postgresql", "15.4", 5432, "postgres", "billing",
                    RdsNetwork.BILLING_DB_SG, now.minus(Duration.ofDays(250)));
            for (ClusterRecord c : List.of(orders, billing)) {
                state.clusters.put(c.id, c);
                member(state, c, c.id + "-1", c.id.equals(BILLING) ? "db.r6g.xlarge" : "db.r6g.large", "a", 0);
                member(state, c, c.id + "-2", "db.r6g.large", "b", 1);
            }
            state.instances.put(LEGACY, legacy(now));
            notAurora(state, cluster(DOCUMENTS, "docdb", "5.0.0", 27017, "docadmin", null, RdsNetwork.ORDERS_DB_SG,
                    now.minus(Duration.ofDays(120))), "default.docdb5.0");
            notAurora(state, cluster(GRAPH, "neptune", "1.3.1.0", 8182, null, null, RdsNetwork.ORDERS_DB_SG,
                    now.minus(Duration.ofDays(90))), "default.neptune1.3");
            return null;
        });
    }

    private static ClusterRecord cluster(String id, String engine, String version, int port, String user,
                                         String database, String securityGroup, Instant created) {
        ClusterRecord c = new ClusterRecord();
        c.id = id;
        c.engine = engine;
        c.engineVersion = version;
        c.port = port;
        c.masterUsername = user;
        c.databaseName = database;
        c.subnetGroup = SUBNET_GROUP;
        c.vpcSecurityGroupIds = List.of(securityGroup);
        c.clusterParameterGroup = id + "-cluster-params";
        c.kmsKeyId = KMS_KEY;
        c.storageEncrypted = true;
        c.deletionProtection = true;
        c.backupRetentionDays = 7;
        c.createdAt = created;
        c.availableAt = created.plus(Duration.ofMinutes(12));
        c.tags.putAll(Map.of("Env", "prod", "App", id.substring(0, id.indexOf('-')), "CostCenter", "platform"));
        return c;
    }

    private static void member(RdsState state, ClusterRecord c, String id, String instanceClass, String zone,
                               int order) {
        InstanceRecord i = new InstanceRecord();
        i.id = id;
        i.clusterId = c.id;
        i.instanceClass = instanceClass;
        i.engine = c.engine;
        i.engineVersion = c.engineVersion;
        i.availabilityZone = REGION + zone;
        i.parameterGroup = c.id + "-instance-params";
        i.promotionTier = 1;
        i.port = c.port;
        i.allocatedStorage = 1;
        i.storageType = "aurora";
        i.subnetGroup = c.subnetGroup;
        i.vpcSecurityGroupIds = c.vpcSecurityGroupIds;
        i.kmsKeyId = c.kmsKeyId;
        i.storageEncrypted = true;
        i.backupRetentionDays = c.backupRetentionDays;
        i.masterUsername = c.masterUsername;
        i.createdAt = c.availableAt.plus(Duration.ofMinutes(1 + 15L * order));
        i.backingUpAt = i.createdAt.plus(RdsInstances.AURORA_CREATE);
        i.availableAt = i.backingUpAt;
        i.tags.putAll(c.tags);
        state.instances.put(id, i);
    }

    private static InstanceRecord legacy(Instant now) {
        InstanceRecord i = new InstanceRecord();
        i.id = LEGACY;
        i.instanceClass = "db.m5.large";
        i.engine = "mysql";
        i.engineVersion = "8.0.35";
        i.availabilityZone = REGION + "a";
        i.parameterGroup = "legacy-reporting-params";
        i.port = 3306;
        i.allocatedStorage = 200;
        i.storageType = "gp3";
        i.subnetGroup = SUBNET_GROUP;
        i.vpcSecurityGroupIds = List.of(RdsNetwork.REPORTING_DB_SG);
        i.storageEncrypted = false;
        i.backupRetentionDays = 7;
        i.masterUsername = "reporting";
        i.createdAt = now.minus(Duration.ofDays(900));
        i.backingUpAt = i.createdAt.plus(RdsInstances.PLAIN_CREATE);
        i.availableAt = i.backingUpAt.plus(RdsInstances.PLAIN_FIRST_BACKUP);
        i.tags.putAll(Map.of("Env", "prod", "App", "reporting", "CostCenter", "finance"));
        return i;
    }

    /** DocumentDB and Neptune: one instance each, default parameter groups, not encrypted. */
    private static void notAurora(RdsState state, ClusterRecord c, String parameterGroup) {
        c.clusterParameterGroup = parameterGroup;
        c.storageEncrypted = false;
        c.kmsKeyId = null;
        c.deletionProtection = false;
        state.clusters.put(c.id, c);
        member(state, c, c.id + "-1", "db.r6g.large", "a", 0);
        state.instances.get(c.id + "-1").parameterGroup = parameterGroup;
        state.instances.get(c.id + "-1").storageEncrypted = false;
        state.instances.get(c.id + "-1").kmsKeyId = null;
    }

    private static void clusterGroup(RdsState state, String name, String family) {
        state.clusterParameterGroups.put(name, new RdsState.ParameterGroup(name, family, "Tuned for " + name));
    }

    private static void instanceGroup(RdsState state, String name, String family) {
        state.parameterGroups.put(name, new RdsState.ParameterGroup(name, family, "Tuned for " + name));
    }
}
