package io.lifeboat.inventory;

import java.time.Instant;
import java.util.Map;

/**
 * An EBS volume as Lifeboat needs it, free of SDK types.
 *
 * @param instanceId the attached instance, or {@code null} when unattached
 * @param device the attachment's device name, or {@code null}
 * @param iops provisioned IOPS, or {@code null} for types without
 * @param throughput provisioned throughput in MiB/s, or {@code null}
 */
public record Ec2Volume(String region, String id, String availabilityZone, int sizeGiB, String type, Integer iops,
                        Integer throughput, String state, boolean encrypted, Instant createTime, String snapshotId,
                        String instanceId, String device, Map<String, String> tags) {

    public Ec2Volume {
        tags = Map.copyOf(tags);
    }

    public boolean attached() {
        return instanceId != null;
    }

    public Ec2Volume withTags(Map<String, String> newTags) {
        return new Ec2Volume(region, id, availabilityZone, sizeGiB, type, iops, throughput, state, encrypted, createTime,
                snapshotId, instanceId, device, newTags);
    }
}
