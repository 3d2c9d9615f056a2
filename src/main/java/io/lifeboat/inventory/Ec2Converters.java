package io.lifeboat.inventory;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.ec2.model.BlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.CreateSnapshotResponse;
import software.amazon.awssdk.services.ec2.model.Image;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.Snapshot;
import software.amazon.awssdk.services.ec2.model.Volume;
import software.amazon.awssdk.services.ec2.model.VolumeAttachment;

/** SDK types to domain records, at the edge: the inventory's listings, and (public) the answers of actions elsewhere. */
public final class Ec2Converters {

    private Ec2Converters() {
    }

    static Ec2Instance instance(String region, Instance i) {
        Map<String, String> tags = Tags.toMap(i.tags());
        return new Ec2Instance(region, i.instanceId(), tags.getOrDefault("Name", ""),
                i.state() == null ? "unknown" : i.state().nameAsString(),
                i.platformAsString() == null ? "linux" : i.platformAsString(),
                i.instanceTypeAsString(), i.placement() == null ? null : i.placement().availabilityZone(),
                i.privateIpAddress(), i.iamInstanceProfile() != null, i.launchTime(), tags, i.rootDeviceName(),
                i.blockDeviceMappings().stream().map(m -> m.deviceName()).filter(Objects::nonNull).toList());
    }

    static Ec2Volume volume(String region, Volume v) {
        VolumeAttachment attachment = v.attachments().isEmpty() ? null : v.attachments().get(0);
        return new Ec2Volume(region, v.volumeId(), v.availabilityZone(), v.size() == null ? 0 : v.size(),
                v.volumeTypeAsString(), v.iops(), v.throughput(), v.stateAsString(), Boolean.TRUE.equals(v.encrypted()),
                v.createTime(), emptyToNull(v.snapshotId()), attachment == null ? null : attachment.instanceId(),
                attachment == null ? null : attachment.device(), Tags.toMap(v.tags()));
    }

    static Ec2Snapshot snapshot(String region, Snapshot s) {
        return new Ec2Snapshot(region, s.snapshotId(), s.volumeId(), s.startTime(), s.stateAsString(),
                percent(s.progress()), s.volumeSize() == null ? 0 : s.volumeSize(), s.description(),
                Boolean.TRUE.equals(s.encrypted()), Tags.toMap(s.tags()));
    }

    static Ec2Image image(String region, Image image) {
        List<String> snapshots = image.blockDeviceMappings().stream()
                .map(BlockDeviceMapping::ebs)
                .filter(Objects::nonNull)
                .map(ebs -> ebs.snapshotId())
                .filter(Objects::nonNull)
                .toList();
        return new Ec2Image(region, image.imageId(), image.name(), snapshots);
    }

    /** A snapshot as CreateSnapshot answers it (the same fields as DescribeSnapshots). */
    public static Ec2Snapshot snapshot(String region, CreateSnapshotResponse s) {
        return new Ec2Snapshot(region, s.snapshotId(), s.volumeId(), s.startTime(), s.stateAsString(),
                percent(s.progress()), s.volumeSize() == null ? 0 : s.volumeSize(), s.description(),
                Boolean.TRUE.equals(s.encrypted()), Tags.toMap(s.tags()));
    }

    /** "100%", "42%", "" or null: the API's progress is a string. */
    static int percent(String progress) {
        if (progress == null || progress.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(progress.replace("%", "").trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
