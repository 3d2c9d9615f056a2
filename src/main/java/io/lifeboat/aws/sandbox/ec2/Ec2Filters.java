package io.lifeboat.aws.sandbox.ec2;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ec2.model.AvailabilityZone;
import software.amazon.awssdk.services.ec2.model.BlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.Image;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceBlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.Region;
import software.amazon.awssdk.services.ec2.model.Snapshot;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.Volume;
import software.amazon.awssdk.services.ec2.model.VolumeAttachment;

/**
 * The filter names each Describe* call understands on the sandbox, with the same meaning as in the
 * EC2 API reference. A subset of AWS's: the ones Lifeboat uses plus their obvious neighbours; any
 * other name is refused rather than ignored.
 */
public final class Ec2Filters {

    public static final FilterSet<Instance> INSTANCES = FilterSet.<Instance>builder()
            .tags(tags(Instance::tags))
            .field("instance-id", Instance::instanceId)
            .field("instance-state-name", i -> i.state().nameAsString())
            .field("instance-state-code", i -> i.state().code())
            .field("availability-zone", i -> i.placement().availabilityZone())
            .field("platform", Instance::platformAsString)
            .field("platform-details", Instance::platformDetails)
            .field("instance-type", Instance::instanceTypeAsString)
            .field("image-id", Instance::imageId)
            .field("private-ip-address", Instance::privateIpAddress)
            .field("root-device-name", Instance::rootDeviceName)
            .field("launch-time", Instance::launchTime)
            .field("iam-instance-profile.arn", i -> i.iamInstanceProfile() == null ? null : i.iamInstanceProfile().arn())
            .fields("block-device-mapping.volume-id", i -> i.blockDeviceMappings().stream()
                    .map(InstanceBlockDeviceMapping::ebs).map(e -> e.volumeId()).toList())
            .fields("block-device-mapping.device-name", i -> i.blockDeviceMappings().stream()
                    .map(InstanceBlockDeviceMapping::deviceName).toList())
            .build();

    public static final FilterSet<Volume> VOLUMES = FilterSet.<Volume>builder()
            .tags(tags(Volume::tags))
            .field("volume-id", Volume::volumeId)
            .fields("attachment.instance-id", v -> attachments(v, VolumeAttachment::instanceId))
            .fields("attachment.device", v -> attachments(v, VolumeAttachment::device))
            .fields("attachment.status", v -> attachments(v, VolumeAttachment::stateAsString))
            .fields("attachment.delete-on-termination", v -> attachments(v, VolumeAttachment::deleteOnTermination))
            .fields("attachment.attach-time", v -> attachments(v, VolumeAttachment::attachTime))
            .field("status", Volume::stateAsString)
            .field("availability-zone", Volume::availabilityZone)
            .field("volume-type", Volume::volumeTypeAsString)
            .field("encrypted", Volume::encrypted)
            .field("size", Volume::size)
            .field("snapshot-id", Volume::snapshotId)
            .field("create-time", Volume::createTime)
            .field("multi-attach-enabled", Volume::multiAttachEnabled)
            .build();

    public static final FilterSet<Snapshot> SNAPSHOTS = FilterSet.<Snapshot>builder()
            .tags(tags(Snapshot::tags))
            .field("snapshot-id", Snapshot::snapshotId)
            .field("volume-id", Snapshot::volumeId)
            .field("volume-size", Snapshot::volumeSize)
            .field("owner-id", Snapshot::ownerId)
            .field("status", Snapshot::stateAsString)
            .field("description", Snapshot::description)
            .field("progress", Snapshot::progress)
            .field("start-time", Snapshot::startTime)
            .field("encrypted", Snapshot::encrypted)
            .field("kms-key-id", Snapshot::kmsKeyId)
            .field("storage-tier", Snapshot::storageTierAsString)
            .build();

    public static final FilterSet<Image> IMAGES = FilterSet.<Image>builder()
            .tags(tags(Image::tags))
            .field("image-id", Image::imageId)
            .field("name", Image::name)
            .field("description", Image::description)
            .field("owner-id", Image::ownerId)
            .field("state", Image::stateAsString)
            .field("platform", Image::platformAsString)
            .field("root-device-name", Image::rootDeviceName)
            .field("creation-date", Image::creationDate)
            .fields("block-device-mapping.snapshot-id", i -> devices(i, m -> m.ebs() == null ? null : m.ebs().snapshotId()))
            .fields("block-device-mapping.device-name", i -> devices(i, BlockDeviceMapping::deviceName))
            .fields("block-device-mapping.volume-size", i -> devices(i, m -> m.ebs() == null ? null : m.ebs().volumeSize()))
            .build();

    public static final FilterSet<Region> REGIONS = FilterSet.<Region>builder()
            .field("region-name", Region::regionName)
            .field("endpoint", Region::endpoint)
            .field("opt-in-status", Region::optInStatus)
            .build();

    public static final FilterSet<AvailabilityZone> ZONES = FilterSet.<AvailabilityZone>builder()
            .field("zone-name", AvailabilityZone::zoneName)
            .field("zone-id", AvailabilityZone::zoneId)
            .field("region-name", AvailabilityZone::regionName)
            .field("state", AvailabilityZone::stateAsString)
            .field("zone-type", AvailabilityZone::zoneType)
            .field("group-name", AvailabilityZone::groupName)
            .field("opt-in-status", AvailabilityZone::optInStatusAsString)
            .build();

    private Ec2Filters() {
    }

    private static <T> Function<T, Map<String, String>> tags(Function<T, List<Tag>> tagsOf) {
        return item -> tagsOf.apply(item).stream()
                .collect(Collectors.toMap(Tag::key, Tag::value, (a, b) -> b, java.util.LinkedHashMap::new));
    }

    private static List<Object> attachments(Volume volume, Function<VolumeAttachment, Object> value) {
        return volume.attachments().stream().map(value).toList();
    }

    private static List<Object> devices(Image image, Function<BlockDeviceMapping, Object> value) {
        return image.blockDeviceMappings().stream().map(value).toList();
    }
}
