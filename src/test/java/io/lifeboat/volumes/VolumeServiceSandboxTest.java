package io.lifeboat.volumes;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.aws.Connection;
import io.lifeboat.aws.ConnectionSpec;
import io.lifeboat.aws.Connector;
import io.lifeboat.aws.Problem;
import io.lifeboat.aws.guard.ApiCall;
import io.lifeboat.aws.guard.CallInterceptor;
import io.lifeboat.aws.sandbox.SandboxAccount;
import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.aws.sandbox.SandboxServiceClients;
import io.lifeboat.inventory.InventoryLoader;
import io.lifeboat.inventory.RegionInventory;
import io.lifeboat.tasks.TaskContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;

/** The volume scenarios on an empty sandbox account; its clock is moved on where the scenario waits. */
class VolumeServiceSandboxTest extends VolumeServiceScenarioTest {

    private final SandboxClock clock = SandboxClock.manual(Instant.parse("2026-11-25T10:00:00Z"));

    @Override
    protected Connection connect() {
        SandboxAccount account = SandboxAccount.empty(clock);
        return Connector.builder().sandbox(spec -> new SandboxServiceClients(account)).build()
                .connect(ConnectionSpec.sandbox(REGION, false));
    }

    @Test
    void aRegionThatFailsDoesNotBlankTheOthers() {
        SandboxAccount account = SandboxAccount.withDemoFleet(clock);
        CallInterceptor deniedInIreland = new CallInterceptor() {
            @Override
            public void beforeCall(ApiCall call) {
                if (call.region().equals("eu-west-1")) {
                    throw Ec2Exception.builder().statusCode(403).awsErrorDetails(AwsErrorDetails.builder()
                            .errorCode("UnauthorizedOperation").errorMessage("You are not authorized").build()).build();
                }
            }
        };
        ExecutorService workers = Executors.newCachedThreadPool();
        try (Connection connection = Connector.builder().sandbox(spec -> new SandboxServiceClients(account))
                .interceptor(deniedInIreland).build().connect(ConnectionSpec.sandbox(REGION, false))) {
            List<String> seen = new CopyOnWriteArrayList<>();
            VolumeLoad load = new VolumeService(connection.clients(), BackupConvention.DEFAULT, workers)
                    .load(List.of("eu-west-3", "eu-west-1", "us-east-1"), TaskContext.NONE,
                            new InventoryLoader.RegionListener() {
                                @Override
                                public void loaded(RegionInventory inventory) {
                                    seen.add(inventory.region());
                                }

                                @Override
                                public void failed(String region, Problem problem) {
                                    seen.add(region + " failed");
                                }
                            });

            assertThat(load.failedRegions()).containsOnlyKeys("eu-west-1");
            assertThat(load.failedRegions().get("eu-west-1").kind()).isEqualTo(Problem.Kind.ACCESS_DENIED);
            assertThat(load.records()).extracting(VolumeRecord::region)
                    .contains("eu-west-3", "us-east-1").doesNotContain("eu-west-1");
            assertThat(seen).containsExactlyInAnyOrder("eu-west-3", "eu-west-1 failed", "us-east-1");
        } finally {
            workers.shutdownNow();
        }
    }

    @Override
    protected void letTimePass() {
        clock.advance(Duration.ofMinutes(5));
    }
}
