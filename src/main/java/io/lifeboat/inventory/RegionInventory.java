package io.lifeboat.inventory;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What one region holds, as loaded at {@code loadedAt}. Parts not asked for are empty. */
public record RegionInventory(String region, Instant loadedAt, List<Ec2Instance> instances, List<Ec2Volume> volumes,
                              List<Ec2Snapshot> snapshots, List<Ec2Image> images) {

    public RegionInventory {
        instances = List.copyOf(instances);
        volumes = List.copyOf(volumes);
        snapshots = List.copyOf(snapshots);
        images = List.copyOf(images);
    }

    public Map<String, Ec2Instance> instancesById() {
        Map<String, Ec2Instance> byId = new HashMap<>(instances.size() * 2);
        instances.forEach(i -> byId.put(i.id(), i));
        return byId;
    }

    public Optional<Ec2Instance> instance(String id) {
        return instances.stream().filter(i -> i.id().equals(id)).findFirst();
    }
}
