package io.lifeboat.aws.sandbox.ec2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeboat.aws.sandbox.SandboxAccount;
import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.aws.sandbox.SandboxServiceClients;
import io.lifeboat.aws.sandbox.rds.RdsNetwork;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;

/** The security groups the restore wizard names: each VPC's default group told apart by its name, as on AWS. */
class SecurityGroupOperationsTest {

    private final Ec2Client ec2 = new SandboxServiceClients(SandboxAccount.empty(SandboxClock.manual(
            Instant.parse("2025-03-10T09:00:00Z")))).ec2("eu-west-3");

    @Test
    void theDatabasesVpcHasItsDefaultGroupAndOneGroupPerDatabase() {
        assertThat(ec2.describeSecurityGroupsPaginator(r -> r.maxResults(5).filters(Filter.builder().name("vpc-id")
                .values(RdsNetwork.PROD_VPC).build())).securityGroups().stream().map(SecurityGroup::groupName).toList())
                .containsExactly("default", "orders-db", "billing-db", "reporting-db");
        assertThat(ec2.describeSecurityGroups(r -> r.filters(Filter.builder().name("vpc-id").values(RdsNetwork.PROD_VPC)
                .build(), Filter.builder().name("group-name").values("default").build())).securityGroups())
                .extracting(SecurityGroup::groupId).containsExactly(RdsNetwork.PROD_VPC_DEFAULT_SG);
        assertThat(ec2.describeSecurityGroups(r -> r.groupIds(RdsNetwork.ORDERS_DB_SG)).securityGroups())
                .extracting(SecurityGroup::groupName).containsExactly("orders-db");
        assertThatThrownBy(() -> ec2.describeSecurityGroups(r -> r.groupIds("sg-0000000000000dead")))
                .isInstanceOf(Ec2Exception.class)
                .satisfies(e -> assertThat(((Ec2Exception) e).awsErrorDetails().errorCode()).isEqualTo("InvalidGroup.NotFound"));
        assertThatThrownBy(() -> ec2.describeSecurityGroups(r -> r.filters(Filter.builder().name("colour").values("x").build())))
                .isInstanceOf(Ec2Exception.class);
    }
}
