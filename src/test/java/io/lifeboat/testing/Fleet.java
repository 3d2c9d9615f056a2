package io.lifeboat.testing;

import io.lifeboat.inventory.Tags;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import software.amazon.awssdk.services.ec2.model.VolumeType;

/**
 * Builds test fixtures through the EC2 API itself, so the same fixture stands on the sandbox and
 * on Moto. Instances get their root volume from RunInstances; data volumes are created and attached.
 */
public final class Fleet {

    public static final String AMI = "ami-12c6146b";

    private final Ec2Client ec2;
    private final String zone;

    public Fleet(Ec2Client ec2, String region) {
        this.ec2 = ec2;
        this.zone = region + "a";
    }

    public Instance instance(Map<String, String> tags) {
        return ec2.runInstances(r -> r.imageId(AMI).instanceType("t3.micro").minCount(1).maxCount(1)
                .placement(p -> p.availabilityZone(zone))
                .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.INSTANCE)
                        .tags(Tags.toSdk(tags)).build()))
                .instances().get(0);
    }

    /** The instance's root volume id, as DescribeVolumes reports its attachment. */
    public String rootVolume(String instanceId) {
        return ec2.describeVolumes(r -> r.filters(f -> f.name("attachment.instance-id").values(instanceId)))
                .volumes().stream()
                .min((a, b) -> a.attachments().get(0).device().compareTo(b.attachments().get(0).device()))
                .orElseThrow().volumeId();
    }

    public String volume(int sizeGiB, Map<String, String> tags) {
        return volume(sizeGiB, VolumeType.GP3, tags);
    }

    public String volume(int sizeGiB, VolumeType type, Map<String, String> tags) {
        var request = software.amazon.awssdk.services.ec2.model.CreateVolumeRequest.builder()
                .availabilityZone(zone).size(sizeGiB).volumeType(type);
        if (!tags.isEmpty()) {
            request.tagSpecifications(TagSpecification.builder().resourceType(ResourceType.VOLUME)
                    .tags(Tags.toSdk(tags)).build());
        }
        return ec2.createVolume(request.build()).volumeId();
    }

    public void attach(String volumeId, String instanceId, String device) {
        ec2.attachVolume(r -> r.volumeId(volumeId).instanceId(instanceId).device(device));
    }

    public String snapshot(String volumeId, Map<String, String> tags) {
        var request = software.amazon.awssdk.services.ec2.model.CreateSnapshotRequest.builder()
                .volumeId(volumeId).description("test");
        if (!tags.isEmpty()) {
            request.tagSpecifications(TagSpecification.builder().resourceType(ResourceType.SNAPSHOT)
                    .tags(Tags.toSdk(tags)).build());
        }
        return ec2.createSnapshot(request.build()).snapshotId();
    }

    public static Map<String, String> tags(String... keyValues) {
        Map<String, String> tags = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            tags.put(keyValues[i], keyValues[i + 1]);
        }
        return tags;
    }

    public static List<String> ids(List<Instance> instances) {
        return instances.stream().map(Instance::instanceId).toList();
    }
}
