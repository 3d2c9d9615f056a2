package io.lifeboat.testing;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.RRType;
import software.amazon.awssdk.services.route53.model.ResourceRecord;
import software.amazon.awssdk.services.route53.model.VPCRegion;

/**
 * A production-like database on Moto, built with plain SDK clients (fixtures are not Lifeboat's
 * calls): a VPC with two subnets and a database security group, a DB subnet group, an Aurora MySQL
 * cluster in it with its writer, seven days of backups, and a private hosted zone whose CNAME
 * applications use to reach it.
 *
 * @param endpoint the source cluster's writer endpoint, which the CNAME points at
 */
public record MotoDatabases(String vpc, String securityGroup, String subnetGroup, String source, String endpoint,
                            String zone, String zoneName, String record) {

    public static final String REGION = "eu-west-3";

    public static MotoDatabases create(URI moto) {
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"));
        try (Ec2Client ec2 = Ec2Client.builder().endpointOverride(moto).region(Region.EU_WEST_3).credentialsProvider(credentials)
                .httpClient(UrlConnectionHttpClient.create()).build();
             RdsClient rds = RdsClient.builder().endpointOverride(moto).region(Region.EU_WEST_3).credentialsProvider(credentials)
                     .httpClient(UrlConnectionHttpClient.create()).build();
             Route53Client route53 = Route53Client.builder().endpointOverride(moto).region(Region.AWS_GLOBAL)
                     .credentialsProvider(credentials).httpClient(UrlConnectionHttpClient.create()).build()) {
            String vpc = ec2.createVpc(r -> r.cidrBlock("10.20.0.0/16")).vpc().vpcId();
            String a = ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.20.1.0/24").availabilityZone("eu-west-3a")).subnet().subnetId();
            String b = ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.20.2.0/24").availabilityZone("eu-west-3b")).subnet().subnetId();
            String group = ec2.createSecurityGroup(r -> r.groupName("orders-db").description("MySQL from the orders services")
                    .vpcId(vpc)).groupId();
            rds.createDBSubnetGroup(r -> r.dbSubnetGroupName("prod-db-subnets").dbSubnetGroupDescription("Databases")
                    .subnetIds(a, b));
            String endpoint = rds.createDBCluster(r -> r.dbClusterIdentifier("orders-prod").engine("aurora-mysql")
                    .masterUsername("admin").masterUserPassword("Contract-Passw0rd").backupRetentionPeriod(7)
                    .dbSubnetGroupName("prod-db-subnets").vpcSecurityGroupIds(group).deletionProtection(true)
                    .tags(t -> t.key("Env").value("prod"))).dbCluster().endpoint();
            rds.createDBInstance(r -> r.dbInstanceIdentifier("orders-prod-1").dbClusterIdentifier("orders-prod")
                    .engine("aurora-mysql").dbInstanceClass("db.r6g.large"));
            String zone = route53.createHostedZone(r -> r.name("myproject.io").callerReference("contract-" + System.nanoTime())
                    .hostedZoneConfig(c -> c.privateZone(true).comment("Names the applications use"))
                    .vpc(v -> v.vpcId(vpc).vpcRegion(VPCRegion.EU_WEST_3))).hostedZone().id();
            route53.changeResourceRecordSets(r -> r.hostedZoneId(zone).changeBatch(c -> c.changes(ch -> ch
                    .action(ChangeAction.CREATE).resourceRecordSet(s -> s.name("mydatabase.myproject.io").type(RRType.CNAME)
                            .ttl(60L).resourceRecords(ResourceRecord.builder().value(endpoint).build())))));
            return new MotoDatabases(vpc, group, "prod-db-subnets", "orders-prod", endpoint, zone, "myproject.io.",
                    "mydatabase.myproject.io.");
        }
    }
}
