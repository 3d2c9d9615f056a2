package io.lifeboat.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.lifeboat.aws.sandbox.SandboxAccount;
import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.aws.sandbox.SandboxServiceClients;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeVolumesRequest;

/**
 * Paginators run as the interface's default methods on the guarded client, so each page is a
 * guarded, counted DescribeVolumes call: 12 volumes in pages of 5 are 3 calls per listing. Both
 * overloads: the request one also takes a single SdkRequest and must not be mistaken for an operation
 * the client does not implement.
 */
class GuardedClientPaginatorTest {

    @Test
    void paginatorsPageThroughTheGuardsWithBothOverloads() {
        try (Connection connection = Connector.builder()
                .sandbox(spec -> new SandboxServiceClients(SandboxAccount.empty(SandboxClock.manual(Instant.EPOCH))))
                .build()
                .connect(ConnectionSpec.sandbox("eu-west-3", false))) {
            Ec2Client ec2 = connection.clients().ec2("eu-west-3");
            for (int i = 0; i < 12; i++) {
                ec2.createVolume(r -> r.availabilityZone("eu-west-3a").size(1));
            }

            long byRequest = ec2.describeVolumesPaginator(DescribeVolumesRequest.builder().maxResults(5).build())
                    .volumes().stream().count();
            long byConsumer = ec2.describeVolumesPaginator(r -> r.maxResults(5)).volumes().stream().count();

            assertThat(byRequest).isEqualTo(12);
            assertThat(byConsumer).isEqualTo(12);
            // Every call the counter saw, by name: connecting, the volumes, the pages; no paginator "call".
            assertThat(connection.calls().snapshot()).containsExactly(entry("ec2:CreateVolume", 12L),
                    entry("ec2:DescribeVolumes", 6L), entry("sts:GetCallerIdentity", 1L));
        }
    }
}
