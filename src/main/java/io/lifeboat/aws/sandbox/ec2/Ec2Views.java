package io.lifeboat.aws.sandbox.ec2;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.BlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.EbsBlockDevice;
import software.amazon.awssdk.services.ec2.model.EbsInstanceBlockDevice;
import software.amazon.awssdk.services.ec2.model.IamInstanceProfile;
import software.amazon.awssdk.services.ec2.model.Image;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceBlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.InstanceState;
import software.amazon.awssdk.services.ec2.model.Placement;
import software.amazon.awssdk.services.ec2.model.Snapshot;
import software.amazon.awssdk.services.ec2.model.Volume;
import software.amazon.awssdk.services.ec2.model.VolumeAttachment;

/** How EC2 shows the sandbox's records at a given moment: real SDK model objects, states derived from the clock. */
final class Ec2Views {

    private Ec2Views() {
    }

    static Volume volume(VolumeRecord v, Instant now) {
        AttachmentRecord a = v.attachment(now);
        return Volume.builder()
                .volumeId(v.id)
                .size(v.size)
                .volumeType(v.type)
                .iops(v.iops)
                .throughput(v.throughput)
                .state(v.state(now))
                .availabilityZone(v.availabilityZone)
                .encrypted(v.encrypted)
                .kmsKeyId(v.encrypted ? v.kmsKeyId : null)
                .createTime(v.createTime)
                .snapshotId(v.snapshotId)
                .multiAttachEnabled(false)
                .tags(v.tags.toSdk())
                .attachments(a == null ? List.of() : List.of(attachment(v, a, now)))
                .build();
    }

    static VolumeAttachment attachment(VolumeRecord v, AttachmentRecord a, Instant now) {
        return VolumeAttachment.builder()
                .volumeId(v.id)
                .instanceId(a.instanceId)
                .device(a.device)
                .state(a.state(now))
                .attachTime(a.attachTime)
                .deleteOnTermination(a.deleteOnTermination)
                .build();
    }

    static Snapshot snapshot(SnapshotRecord s, Instant now) {
        return Snapshot.builder()
                .snapshotId(s.id)
                .volumeId(s.volumeId)
                .volumeSize(s.volumeSize)
                .startTime(s.startTime)
                .state(s.state(now))
                .stateMessage(s.failed() ? "Snapshot creation failed" : null)
                .progress(s.progress(now))
                .ownerId(s.ownerId)
                .description(s.description)
                .encrypted(s.encrypted)
                .kmsKeyId(s.encrypted ? s.kmsKeyId : null)
                .storageTier("standard")
                .tags(s.tags.toSdk())
                .build();
    }

    static Instance instance(InstanceRecord i, List<VolumeRecord> attached, String accountId, Instant now) {
        String stateName = i.stateName(now);
        List<InstanceBlockDeviceMapping> devices = i.terminated() ? List.of() : attached.stream()
                .sorted(Comparator.comparing((VolumeRecord v) -> !v.attachment.device.equals(i.rootDeviceName))
                        .thenComparing(v -> v.attachment.device))
                .map(v -> InstanceBlockDeviceMapping.builder()
                        .deviceName(v.attachment.device)
                        .ebs(EbsInstanceBlockDevice.builder()
                                .volumeId(v.id)
                                .status(v.attachment.state(now))
                                .attachTime(v.attachment.attachTime)
                                .deleteOnTermination(v.attachment.deleteOnTermination)
                                .volumeOwnerId(accountId)
                                .build())
                        .build())
                .toList();
        boolean windows = "windows".equals(i.platform);
        String dns = "ip-" + i.privateIp.replace('.', '-') + "." + regionOf(i.availabilityZone) + ".compute.internal";
        return Instance.builder()
                .instanceId(i.id)
                .imageId(i.imageId)
                .instanceType(i.instanceType)
                .state(InstanceState.builder().name(stateName).code(InstanceRecord.stateCode(stateName)).build())
                .stateTransitionReason(i.transitionReason)
                .placement(Placement.builder().availabilityZone(i.availabilityZone).tenancy("default").build())
                .privateIpAddress(i.terminated() ? null : i.privateIp)
                .privateDnsName(i.terminated() ? "" : dns)
                .platform(windows ? "windows" : null)
                .platformDetails(windows ? "Windows" : "Linux/UNIX")
                .architecture("x86_64")
                .launchTime(i.launchTime)
                .amiLaunchIndex(i.launchIndex)
                .rootDeviceName(i.rootDeviceName)
                .rootDeviceType("ebs")
                .blockDeviceMappings(devices)
                .iamInstanceProfile(i.instanceProfileArn == null || i.terminated() ? null : IamInstanceProfile.builder()
                        .arn(i.instanceProfileArn)
                        .id("AIPA" + Integer.toHexString(i.instanceProfileArn.hashCode()).toUpperCase())
                        .build())
                .virtualizationType("hvm")
                .hypervisor("xen")
                .tags(i.tags.toSdk())
                .build();
    }

    static Image image(ImageRecord image) {
        return Image.builder()
                .imageId(image.id)
                .name(image.name)
                .description(image.description)
                .ownerId(image.ownerId)
                .creationDate(Ec2Time.format(image.creationDate))
                .state(image.disabled ? "disabled" : "available")
                .imageType("machine")
                .architecture("x86_64")
                .publicLaunchPermissions(false)
                .platform(image.platform)
                .platformDetails("windows".equals(image.platform) ? "Windows" : "Linux/UNIX")
                .rootDeviceName(image.rootDeviceName)
                .rootDeviceType("ebs")
                .virtualizationType("hvm")
                .blockDeviceMappings(image.devices.stream()
                        .map(d -> BlockDeviceMapping.builder()
                                .deviceName(d.deviceName())
                                .ebs(EbsBlockDevice.builder()
                                        .snapshotId(d.snapshotId())
                                        .volumeSize(d.volumeSize())
                                        .volumeType(d.volumeType())
                                        .encrypted(d.encrypted())
                                        .deleteOnTermination(true)
                                        .build())
                                .build())
                        .toList())
                .tags(image.tags.toSdk())
                .build();
    }

    private static String regionOf(String availabilityZone) {
        return availabilityZone.substring(0, availabilityZone.length() - 1);
    }
}
