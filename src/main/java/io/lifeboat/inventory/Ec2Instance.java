package io.lifeboat.inventory;

import java.time.Instant;
import java.util.Map;

/** An EC2 instance as Lifeboat needs it, free of SDK types. */
public record Ec2Instance(String region, String id, String name, String state, String platform, String instanceType,
                          String availabilityZone, String privateIp, boolean hasInstanceProfile, Instant launchTime,
                          Map<String, String> tags) {

    public Ec2Instance {
        tags = Map.copyOf(tags);
    }

    public boolean windows() {
        return "windows".equalsIgnoreCase(platform);
    }
}
