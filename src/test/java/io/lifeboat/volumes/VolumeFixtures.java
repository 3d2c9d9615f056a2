package io.lifeboat.volumes;

import io.lifeboat.inventory.Ec2Instance;
import io.lifeboat.inventory.Ec2Snapshot;
import io.lifeboat.inventory.Ec2Volume;
import java.time.Instant;
import java.util.Map;

/** Small hand-made inventory pieces for pure tests. */
final class VolumeFixtures {

    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private VolumeFixtures() {
    }

    static Ec2Instance instance(String id, Map<String, String> tags) {
        return new Ec2Instance("eu-west-3", id, tags.getOrDefault("Name", ""), "running", "linux", "t3.large",
                "eu-west-3a", "10.0.0.1", true, NOW.minusSeconds(86_400 * 100), tags);
    }

    static Ec2Volume volume(String id, String instanceId, String device, int size, Map<String, String> tags) {
        return new Ec2Volume("eu-west-3", id, "eu-west-3a", size, "gp3", 3000, 125,
                instanceId == null ? "available" : "in-use", true, NOW.minusSeconds(86_400 * 50), null, instanceId,
                device, tags);
    }

    static Ec2Snapshot snapshot(String id, String volumeId, Instant start, String state, Map<String, String> tags) {
        return new Ec2Snapshot("eu-west-3", id, volumeId, start, state, state.equals("completed") ? 100 : 40, 20,
                "test", true, tags);
    }
}
