package io.lifeboat.aws.sandbox.ec2;

import io.lifeboat.aws.sandbox.SandboxAccount;
import io.lifeboat.aws.sandbox.rds.RdsNetwork;
import io.lifeboat.aws.sandbox.rds.RdsSeed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import software.amazon.awssdk.services.ec2.model.DescribeSecurityGroupsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSecurityGroupsResponse;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;

/**
 * DescribeSecurityGroups over the VPCs the databases live in (their ids are {@link RdsNetwork}'s):
 * every region's default VPC with its {@code default} group, and in the demo region the production
 * VPC with its own {@code default} group and one group per database. The restore wizard names the
 * groups and tells the default one apart; the groups never change, so they are data.
 */
public final class SecurityGroupOperations {

    static final Paging.Limits LIMITS = new Paging.Limits("DescribeSecurityGroups", 5, 1000, false);

    private static final FilterSet<SecurityGroup> FILTERS = FilterSet.<SecurityGroup>builder()
            .tags(g -> Map.of())
            .field("group-id", SecurityGroup::groupId)
            .field("group-name", SecurityGroup::groupName)
            .field("vpc-id", SecurityGroup::vpcId)
            .field("description", SecurityGroup::description)
            .build();

    private final List<SecurityGroup> groups;

    public SecurityGroupOperations(String region) {
        List<SecurityGroup> all = new ArrayList<>();
        all.add(group(RdsNetwork.DEFAULT_VPC_DEFAULT_SG, "default", "default VPC security group", RdsNetwork.DEFAULT_VPC));
        if (region.equals(RdsSeed.REGION)) {
            all.add(group(RdsNetwork.PROD_VPC_DEFAULT_SG, "default", "default VPC security group", RdsNetwork.PROD_VPC));
            all.add(group(RdsNetwork.ORDERS_DB_SG, "orders-db", "MySQL from the orders services", RdsNetwork.PROD_VPC));
            all.add(group(RdsNetwork.BILLING_DB_SG, "billing-db", "PostgreSQL from the billing services",
                    RdsNetwork.PROD_VPC));
            all.add(group(RdsNetwork.REPORTING_DB_SG, "reporting-db", "MySQL from the reporting jobs",
                    RdsNetwork.PROD_VPC));
        }
        this.groups = List.copyOf(all);
    }

    public DescribeSecurityGroupsResponse describeSecurityGroups(DescribeSecurityGroupsRequest request) {
        boolean ids = request.hasGroupIds() && !request.groupIds().isEmpty();
        Paging.validate(LIMITS, request.maxResults(), ids, "GroupId");
        Predicate<SecurityGroup> filter = FILTERS.compile(request.filters());
        if (ids) {
            List<String> missing = request.groupIds().stream()
                    .filter(id -> groups.stream().noneMatch(g -> g.groupId().equals(id))).toList();
            if (!missing.isEmpty()) {
                throw Ec2Errors.error("InvalidGroup.NotFound", "The security group '" + String.join(", ", missing)
                        + "' does not exist");
            }
            filter = filter.and(g -> request.groupIds().contains(g.groupId()));
        }
        Paging.Page<SecurityGroup> page = Paging.page(LIMITS, groups, g -> groups.indexOf(g), filter,
                request.maxResults(), request.nextToken());
        return Lookups.withMetadata(DescribeSecurityGroupsResponse.builder().securityGroups(page.items())
                .nextToken(page.nextToken())).build();
    }

    private static SecurityGroup group(String id, String name, String description, String vpc) {
        return SecurityGroup.builder().groupId(id).groupName(name).description(description).vpcId(vpc)
                .ownerId(SandboxAccount.ACCOUNT_ID).build();
    }
}
