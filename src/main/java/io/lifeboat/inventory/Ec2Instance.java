package io.lifeboat.inventory;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An EC2 instance as Lifeboat needs it, free of SDK types.
 *
 * @param rootDeviceName the root volume's device ({@code /dev/xvda}, {@code /dev/sda1}), or {@code null} when
 *                       not known: multi-volume snapshots need it to tell the boot volume from data volumes
 * @param deviceNames the devices of its block device mappings (where a new volume cannot be attached)
 */
public record Ec2Instance(String region, String id, String name, String state, String platform, String instanceType,
                          String availabilityZone, String privateIp, boolean hasInstanceProfile, Instant launchTime,
                          Map<String, String> tags, String rootDeviceName, List<String> deviceNames) {

    public Ec2Instance {
        tags = Map.copyOf(tags);
        deviceNames = List.copyOf(deviceNames);
    }

    /** Without its block device mappings (test fixtures, callers that do not need them). */
    public Ec2Instance(String region, String id, String name, String state, String platform, String instanceType,
                       String availabilityZone, String privateIp, boolean hasInstanceProfile, Instant launchTime,
                       Map<String, String> tags, String rootDeviceName) {
        this(region, id, name, state, platform, instanceType, availabilityZone, privateIp, hasInstanceProfile,
                launchTime, tags, rootDeviceName, List.of());
    }

    /** Without a known root device (test fixtures, callers that do not need it). */
    public Ec2Instance(String region, String id, String name, String state, String platform, String instanceType,
                       String availabilityZone, String privateIp, boolean hasInstanceProfile, Instant launchTime,
                       Map<String, String> tags) {
        this(region, id, name, state, platform, instanceType, availabilityZone, privateIp, hasInstanceProfile,
                launchTime, tags, null);
    }

    /** The same instance with other tags (its Name follows them). */
    public Ec2Instance withTags(Map<String, String> newTags) {
        return new Ec2Instance(region, id, newTags.getOrDefault("Name", ""), state, platform, instanceType,
                availabilityZone, privateIp, hasInstanceProfile, launchTime, newTags, rootDeviceName, deviceNames);
    }

    /** The same instance with one more block device (a volume just attached). */
    public Ec2Instance withDevice(String device) {
        List<String> devices = new java.util.ArrayList<>(deviceNames);
        devices.add(device);
        return new Ec2Instance(region, id, name, state, platform, instanceType, availabilityZone, privateIp,
                hasInstanceProfile, launchTime, tags, rootDeviceName, devices);
    }

    public boolean windows() {
        return "windows".equalsIgnoreCase(platform);
    }
}
