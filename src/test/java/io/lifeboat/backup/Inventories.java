package io.lifeboat.backup;

import io.lifeboat.inventory.Ec2Image;
import io.lifeboat.inventory.Ec2Instance;
import io.lifeboat.inventory.Ec2Snapshot;
import io.lifeboat.inventory.Ec2Volume;
import io.lifeboat.inventory.RegionInventory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-made region inventories for the planner's pure tests; tags are given as key, value, key, value. */
final class Inventories {

    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    static final String ROOT = "/dev/xvda";

    private final String region;
    private final List<Ec2Instance> instances = new ArrayList<>();
    private final List<Ec2Volume> volumes = new ArrayList<>();
    private final List<Ec2Snapshot> snapshots = new ArrayList<>();
    private final List<Ec2Image> images = new ArrayList<>();

    private Inventories(String region) {
        this.region = region;
    }

    static Inventories region(String region) {
        return new Inventories(region);
    }

    /** An instance whose root device is {@code /dev/xvda}. */
    Inventories instance(String id, String... tags) {
        return instanceWithRoot(id, ROOT, tags);
    }

    Inventories instanceWithRoot(String id, String rootDevice, String... tags) {
        Map<String, String> map = tags(tags);
        instances.add(new Ec2Instance(region, id, map.getOrDefault("Name", ""), "running", "linux", "t3.large",
                region + "a", "10.0.0.1", true, NOW.minusSeconds(86_400 * 100), map, rootDevice));
        return this;
    }

    Inventories volume(String id, String instanceId, String device, int sizeGiB, String... tags) {
        return volumeInState(id, instanceId, device, sizeGiB, instanceId == null ? "available" : "in-use", tags);
    }

    Inventories volumeInState(String id, String instanceId, String device, int sizeGiB, String state, String... tags) {
        return volumeOfType(id, instanceId, device, sizeGiB, "gp3", state, tags);
    }

    Inventories volumeOfType(String id, String instanceId, String device, int sizeGiB, String type, String state,
                             String... tags) {
        volumes.add(new Ec2Volume(region, id, region + "a", sizeGiB, type, "gp3".equals(type) ? 3000 : null,
                "gp3".equals(type) ? 125 : null, state, true, NOW.minusSeconds(86_400 * 50), null, instanceId, device,
                tags(tags)));
        return this;
    }

    Inventories snapshot(String id, String volumeId, Instant start, String state, String... tags) {
        snapshots.add(new Ec2Snapshot(region, id, volumeId, start, state, "completed".equals(state) ? 100 : 40, 20,
                "test", true, tags(tags)));
        return this;
    }

    Inventories image(String id, String name, String... snapshotIds) {
        images.add(new Ec2Image(region, id, name, List.of(snapshotIds)));
        return this;
    }

    RegionInventory build() {
        return new RegionInventory(region, NOW, instances, volumes, snapshots, images);
    }

    static Map<String, String> tags(String... keyValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
