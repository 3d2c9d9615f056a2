package io.lifeboat.inventory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Set;
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

    /** The same inventory with these snapshots added, or replacing those of the same id (an action's result). */
    public RegionInventory withSnapshots(Collection<Ec2Snapshot> changed) {
        Map<String, Ec2Snapshot> byId = new LinkedHashMap<>();
        changed.forEach(s -> byId.put(s.id(), s));
        List<Ec2Snapshot> next = new ArrayList<>(snapshots.size() + byId.size());
        for (Ec2Snapshot snapshot : snapshots) {
            Ec2Snapshot replacement = byId.remove(snapshot.id());
            next.add(replacement == null ? snapshot : replacement);
        }
        next.addAll(byId.values());
        return new RegionInventory(region, loadedAt, instances, volumes, next, images);
    }

    /** The same inventory without these snapshots (deleted). */
    public RegionInventory withoutSnapshots(Set<String> ids) {
        return new RegionInventory(region, loadedAt, instances, volumes,
                snapshots.stream().filter(s -> !ids.contains(s.id())).toList(), images);
    }

    /** The same inventory with this instance replacing the one of the same id (or added). */
    public RegionInventory withInstance(Ec2Instance instance) {
        List<Ec2Instance> next = new ArrayList<>(instances.size() + 1);
        instances.stream().filter(i -> !i.id().equals(instance.id())).forEach(next::add);
        next.add(instance);
        return new RegionInventory(region, loadedAt, next, volumes, snapshots, images);
    }

    /** The same inventory with these instances' and volumes' tags replaced (a tag edit's result), in place. */
    public RegionInventory retagged(Map<String, Map<String, String>> tagsById) {
        List<Ec2Instance> nextInstances = instances.stream()
                .map(i -> tagsById.containsKey(i.id()) ? i.withTags(tagsById.get(i.id())) : i).toList();
        List<Ec2Volume> nextVolumes = volumes.stream()
                .map(v -> tagsById.containsKey(v.id()) ? v.withTags(tagsById.get(v.id())) : v).toList();
        return new RegionInventory(region, loadedAt, nextInstances, nextVolumes, snapshots, images);
    }

    /** The same inventory with this volume added, or replacing the one of the same id. */
    public RegionInventory withVolume(Ec2Volume volume) {
        List<Ec2Volume> next = new ArrayList<>(volumes.size() + 1);
        volumes.stream().filter(v -> !v.id().equals(volume.id())).forEach(next::add);
        next.add(volume);
        return new RegionInventory(region, loadedAt, instances, next, snapshots, images);
    }
}
