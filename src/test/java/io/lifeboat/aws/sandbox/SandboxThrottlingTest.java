package io.lifeboat.aws.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeboat.aws.AwsErrors;
import io.lifeboat.aws.Problem;
import io.lifeboat.aws.sandbox.ec2.Ec2Gate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;

/** The sandbox's model of EC2's request throttling and latency: off unless asked, per region, per kind of call. */
class SandboxThrottlingTest {

    private static final String REGION = "eu-west-3";

    private final SandboxAccount account = SandboxAccount.empty(SandboxClock.manual(Instant.parse("2026-11-25T01:00:00Z")));
    private final Ec2Client ec2 = new SandboxServiceClients(account).ec2(REGION);
    private final ExecutorService pool = Executors.newFixedThreadPool(8);

    @AfterEach
    void close() {
        pool.shutdownNow();
    }

    private String volume() {
        return ec2.createVolume(r -> r.availabilityZone(REGION + "a").size(8)).volumeId();
    }

    @Test
    void offUnlessAskedForEveryCallGoesThroughAtOnce() {
        long start = System.nanoTime();
        for (int i = 0; i < 300; i++) {
            volume();
        }
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(2_000);
        assertThat(Ec2Gate.of(account, REGION).counts()).isEqualTo(new Ec2Gate.Counts(0, 0, 0, 0));
    }

    @Test
    void aMutatingCallBeyondTheBucketIsRefusedAsEc2RefusesItWhileReadsHaveTheirOwnBucket() {
        String volume = volume();
        account.limit(SandboxLimits.NONE.withMutating(new SandboxLimits.Bucket(3, 0.01)));

        for (int i = 0; i < 3; i++) {
            ec2.createTags(r -> r.resources(volume).tags(t -> t.key("n").value("v")));
        }

        assertThatThrownBy(() -> ec2.createTags(r -> r.resources(volume).tags(t -> t.key("n").value("v"))))
                .isInstanceOfSatisfying(Ec2Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(503);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("RequestLimitExceeded");
                    assertThat(AwsErrors.describe(e).kind()).isEqualTo(Problem.Kind.THROTTLED);
                });
        assertThat(ec2.describeVolumes(r -> r.volumeIds(volume)).volumes()).hasSize(1);
        assertThat(Ec2Gate.of(account, REGION).counts()).isEqualTo(new Ec2Gate.Counts(3, 1, 1, 0));
        assertThat(new SandboxServiceClients(account).ec2("us-east-1").describeVolumes().volumes())
                .as("another region, another bucket").isEmpty();
    }

    @Test
    void theBucketRefillsAtItsRate() throws Exception {
        String volume = volume();
        account.limit(SandboxLimits.NONE.withMutating(new SandboxLimits.Bucket(1, 2)));
        ec2.createTags(r -> r.resources(volume).tags(t -> t.key("a").value("1")));
        assertThatThrownBy(() -> ec2.createTags(r -> r.resources(volume).tags(t -> t.key("b").value("2"))))
                .isInstanceOf(Ec2Exception.class);

        TimeUnit.MILLISECONDS.sleep(600);

        ec2.createTags(r -> r.resources(volume).tags(t -> t.key("c").value("3")));
        assertThat(ec2.describeVolumes(r -> r.volumeIds(volume)).volumes().get(0).tags()).hasSize(2);
    }

    /** Eight calls of 300 ms at once take about 300 ms, not 2.4 s: the wait is not spent under the region's lock. */
    @Test
    void latencyIsSpentOutsideTheRegionsLockSoConcurrentCallsOverlap() throws Exception {
        String volume = volume();
        account.limit(SandboxLimits.NONE.withLatency(Duration.ofMillis(300)));
        long start = System.nanoTime();
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(pool.submit(() -> ec2.describeVolumes(r -> r.volumeIds(volume))));
        }
        for (Future<?> call : calls) {
            call.get();
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(millis).isBetween(300L, 1_200L);
    }

    @Test
    void theDesktopAndTheCliAskForTheModelBySystemProperty() {
        assertThat(SandboxLimits.fromProperties(Map.<String, String>of()::get)).isEqualTo(SandboxLimits.NONE);
        assertThat(SandboxLimits.fromProperties(Map.of(SandboxLimits.THROTTLING_PROPERTY, "ec2")::get))
                .isEqualTo(new SandboxLimits(new SandboxLimits.Bucket(100, 5), new SandboxLimits.Bucket(100, 20),
                        Duration.ZERO));
        assertThat(SandboxLimits.fromProperties(Map.of(SandboxLimits.THROTTLING_PROPERTY, "20/2.5",
                SandboxLimits.LATENCY_PROPERTY, "150ms")::get))
                .isEqualTo(new SandboxLimits(new SandboxLimits.Bucket(20, 2.5), new SandboxLimits.Bucket(100, 20),
                        Duration.ofMillis(150)));
        assertThatThrownBy(() -> SandboxLimits.fromProperties(Map.of(SandboxLimits.THROTTLING_PROPERTY, "fast")::get))
                .hasMessageContaining("lifeboat.sandbox.throttling must be ec2, off or CAPACITY/REFILL");
    }
}
