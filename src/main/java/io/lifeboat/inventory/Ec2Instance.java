package io.lifeboat.inventory;

import java.time.Instant;
import java.util.Map;

/**
 * An EC2 instance as Lifeboat needs it, free of SDK types.
 *
 * @param rootDeviceName the root volume's device ({@code /dev/xvda}, {@code /dev/sda1}), or {@code null} when
 *                       not known: multi-volume snapshots need it to tell the boot volume from data volumes
 */
public record Ec2Instance(String region, String id, String name, String state, String platform, String instanceType,
                          String availabilityZone, String privateIp, boolean hasInstanceProfile, Instant launchTime,
                          Map<String, String> tags, String rootDeviceName) {

    public Ec2Instance {
        tags = Map.copyOf(tags);
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
                availabilityZone, privateIp, hasInstanceProfile, launchTime, newTags, rootDeviceName);
    }

    public boolean windows() {
        return "windows".equalsIgnoreCase(platform);
    }
}
