package io.lifeboat.snapshots;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.inventory.Ec2Instance;
import io.lifeboat.inventory.Ec2Snapshot;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a restore form refuses before anything is sent: each with what to do instead. */
class RestoreRequestTest {

    private static final Ec2Snapshot SNAPSHOT = new Ec2Snapshot("eu-west-3", "snap-0a", "vol-0a",
            Instant.parse("2026-11-19T01:00:00Z"), "completed", 100, 100, "d", false, Map.of());
    private static final Ec2Instance WEB = new Ec2Instance("eu-west-3", "i-0web", "web-1", "running", "linux", "t3.large",
            "eu-west-3a", "10.0.0.1", false, Instant.EPOCH, Map.of(), "/dev/xvda", List.of("/dev/xvda", "/dev/xvdf"));

    private static RestoreRequest request(String zone, String type, Integer size, Integer iops, Integer throughput,
                                          String attach, String device) {
        return new RestoreRequest("eu-west-3", "snap-0a", zone, type, size, iops, throughput, Map.of(), attach, device);
    }

    @Test
    void aSoundRequestHasNoProblem() {
        assertThat(request("eu-west-3a", "gp3", 200, 6000, 500, "i-0web", null).problems(SNAPSHOT, WEB)).isEmpty();
        assertThat(request("eu-west-3b", "io2", null, 20000, null, null, null).problems(SNAPSHOT, null)).isEmpty();
    }

    @Test
    void neverSmallerThanTheSnapshot() {
        assertThat(request("eu-west-3a", "gp3", 50, null, null, null, null).problems(SNAPSHOT, null))
                .containsExactly("The volume must be at least as large as the snapshot: 100 GiB or more.");
    }

    @Test
    void iopsAndThroughputOnlyWhereTheTypeTakesThemAndWithinItsRange() {
        assertThat(request("eu-west-3a", "gp2", null, 3000, null, null, null).problems(SNAPSHOT, null))
                .containsExactly("A gp2 volume takes no IOPS setting.");
        assertThat(request("eu-west-3a", "io1", null, null, null, null, null).problems(SNAPSHOT, null))
                .containsExactly("An io1 volume needs its IOPS (100 to 64000).");
        assertThat(request("eu-west-3a", "gp3", null, 20000, 2000, null, null).problems(SNAPSHOT, null))
                .containsExactly("A gp3 volume takes 3000 to 16000 IOPS.", "A gp3 volume's throughput is 125 to 1000 MiB/s.");
        assertThat(request("eu-west-3a", "st1", 500, null, 250, null, null).problems(SNAPSHOT, null))
                .containsExactly("Only gp3 volumes take a throughput.");
        assertThat(request("eu-west-3a", "gp4", null, null, null, null, null).problems(SNAPSHOT, null))
                .singleElement().asString().startsWith("'gp4' is not an EBS volume type");
    }

    @Test
    void attachedOnlyInTheInstancesZoneAtAFreeDevice() {
        assertThat(request("eu-west-3b", "gp3", null, null, null, "i-0web", null).problems(SNAPSHOT, WEB))
                .singleElement().asString().contains("is in eu-west-3a");
        assertThat(request("eu-west-3a", "gp3", null, null, null, "i-0web", "/dev/xvdf").problems(SNAPSHOT, WEB))
                .singleElement().asString().startsWith("/dev/xvdf is taken on i-0web");
        assertThat(request("eu-west-3a", "gp3", null, null, null, "i-0nope", null).problems(SNAPSHOT, null))
                .containsExactly("There is no instance i-0nope in eu-west-3.");
    }
}
