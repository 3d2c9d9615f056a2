package io.lifeboat.restore;

import io.lifeboat.aws.ServiceClients;
import io.lifeboat.tasks.TaskContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.core.pagination.sync.SdkIterable;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.rds.model.DBClusterParameterGroup;
import software.amazon.awssdk.services.rds.model.DBParameterGroup;

/**
 * The choices for a restore's target, read once the source is chosen: DescribeDBSubnetGroups,
 * DescribeDBClusterParameterGroups and DescribeDBParameterGroups (paginated, largest pages), and
 * EC2's DescribeSecurityGroups for the VPC, which is also how the VPC's default group is told apart.
 */
public final class TargetCatalog {

    private static final int RDS_PAGE = 100;
    private static final int EC2_PAGE = 1000;

    private final ServiceClients clients;

    public TargetCatalog(ServiceClients clients) {
        this.clients = clients;
    }

    public TargetOptions options(ClusterSummary source, TaskContext context) {
        RdsClient rds = clients.rds(source.region());
        List<TargetOptions.SubnetGroup> subnets = rds.describeDBSubnetGroupsPaginator(r -> r.maxRecords(RDS_PAGE))
                .dbSubnetGroups().stream()
                .map(g -> new TargetOptions.SubnetGroup(g.dbSubnetGroupName(), g.vpcId(), g.dbSubnetGroupDescription()))
                .toList();
        context.checkCancelled();
        String vpc = subnets.stream().filter(g -> g.name().equals(source.settings().subnetGroup()))
                .map(TargetOptions.SubnetGroup::vpcId).findFirst().orElse(source.settings().vpcId());
        List<TargetOptions.SecurityGroup> groups = vpc == null ? List.of() : securityGroups(source.region(), vpc);
        context.checkCancelled();
        List<String> clusterGroups = !source.cluster() ? List.of() : sameFamily(
                rds.describeDBClusterParameterGroupsPaginator(r -> r.maxRecords(RDS_PAGE)).dbClusterParameterGroups(),
                DBClusterParameterGroup::dbClusterParameterGroupName, DBClusterParameterGroup::dbParameterGroupFamily,
                source.settings().clusterParameterGroup());
        List<String> instanceGroups = sameFamily(
                rds.describeDBParameterGroupsPaginator(r -> r.maxRecords(RDS_PAGE)).dbParameterGroups(),
                DBParameterGroup::dbParameterGroupName, DBParameterGroup::dbParameterGroupFamily,
                source.settings().instanceParameterGroup());
        return new TargetOptions(subnets, groups, clusterGroups, instanceGroups);
    }

    /** The names of the groups in the family of {@code current} (every group, if {@code current} is not among them). */
    private static <G> List<String> sameFamily(SdkIterable<G> groups, Function<G, String> name,
                                               Function<G, String> family, String current) {
        List<G> all = groups.stream().toList();
        String wanted = all.stream().filter(g -> name.apply(g).equals(current)).map(family).findFirst().orElse(null);
        return all.stream().filter(g -> wanted == null || wanted.equals(family.apply(g))).map(name).toList();
    }

    /** The VPC's security groups, named, its {@code default} group marked. */
    public List<TargetOptions.SecurityGroup> securityGroups(String region, String vpcId) {
        return clients.ec2(region).describeSecurityGroupsPaginator(r -> r.maxResults(EC2_PAGE)
                        .filters(Filter.builder().name("vpc-id").values(vpcId).build()))
                .securityGroups().stream()
                .map(g -> new TargetOptions.SecurityGroup(g.groupId(), g.groupName(), g.vpcId(), g.groupName().equals("default")))
                .toList();
    }

    /** The VPC of a subnet group, if the group exists. */
    public Optional<String> vpcOf(String region, String subnetGroup) {
        try {
            return clients.rds(region).describeDBSubnetGroups(r -> r.dbSubnetGroupName(subnetGroup)).dbSubnetGroups()
                    .stream().map(g -> g.vpcId()).filter(Objects::nonNull).findFirst();
        } catch (software.amazon.awssdk.services.rds.model.DbSubnetGroupNotFoundException e) {
            return Optional.empty();
        }
    }

    /** The id of the VPC's {@code default} security group. */
    public Optional<String> defaultSecurityGroup(String region, String vpcId) {
        return clients.ec2(region).describeSecurityGroupsPaginator(r -> r.maxResults(EC2_PAGE)
                        .filters(Filter.builder().name("vpc-id").values(vpcId).build(),
                                Filter.builder().name("group-name").values("default").build()))
                .securityGroups().stream().map(g -> g.groupId()).findFirst();
    }
}
