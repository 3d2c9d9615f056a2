package io.lifeboat.aws.sandbox.ec2;

import java.time.Instant;
import java.util.List;

/** An AMI the account owns; what matters to Lifeboat is which snapshots it holds on to. */
final class ImageRecord {

    /** One block device of the image, backed by a snapshot. */
    record Device(String deviceName, String snapshotId, int volumeSize, String volumeType, boolean encrypted) {
    }

    final long sequence;
    final String id;
    final String name;
    final String description;
    final Instant creationDate;
    final String ownerId;
    /** "windows" or null. */
    final String platform;
    final String rootDeviceName;
    final List<Device> devices;
    final ResourceTags tags;
    /** DisableImage: hidden from DescribeImages unless IncludeDisabled, its snapshots still held. */
    boolean disabled;

    ImageRecord(long sequence, String id, String name, String description, Instant creationDate, String ownerId,
                String platform, String rootDeviceName, List<Device> devices, ResourceTags tags) {
        this.sequence = sequence;
        this.id = id;
        this.name = name;
        this.description = description;
        this.creationDate = creationDate;
        this.ownerId = ownerId;
        this.platform = platform;
        this.rootDeviceName = rootDeviceName;
        this.devices = List.copyOf(devices);
        this.tags = tags;
    }

    boolean uses(String snapshotId) {
        return devices.stream().anyMatch(device -> device.snapshotId().equals(snapshotId));
    }
}
