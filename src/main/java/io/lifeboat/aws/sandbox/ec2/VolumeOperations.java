package io.lifeboat.aws.sandbox.ec2;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.ec2.model.AttachVolumeRequest;
import software.amazon.awssdk.services.ec2.model.AttachVolumeResponse;
import software.amazon.awssdk.services.ec2.model.CreateVolumeRequest;
import software.amazon.awssdk.services.ec2.model.CreateVolumeResponse;
import software.amazon.awssdk.services.ec2.model.DeleteVolumeRequest;
import software.amazon.awssdk.services.ec2.model.DeleteVolumeResponse;
import software.amazon.awssdk.services.ec2.model.DescribeVolumesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeVolumesResponse;
import software.amazon.awssdk.services.ec2.model.DetachVolumeRequest;
import software.amazon.awssdk.services.ec2.model.DetachVolumeResponse;
import software.amazon.awssdk.services.ec2.model.Volume;

/** DescribeVolumes, CreateVolume, AttachVolume, DetachVolume and DeleteVolume on one region's state. */
public final class VolumeOperations {

    private static final Set<String> TYPES = Set.of("standard", "gp2", "gp3", "io1", "io2", "st1", "sc1");
    /** Linux (/dev/sdf, /dev/xvdf) and Windows (xvdf) style device names. */
    private static final Pattern DEVICE = Pattern.compile("/dev/(sd|xvd)[a-z]{1,2}[0-9]{0,2}|xvd[a-z]{1,2}");

    private final Ec2State state;

    public VolumeOperations(Ec2State state) {
        this.state = state;
    }

    public DescribeVolumesResponse describe(DescribeVolumesRequest request) {
        boolean ids = request.hasVolumeIds() && !request.volumeIds().isEmpty();
        Paging.validate(Paging.VOLUMES, request.maxResults(), ids, "volumeSet");
        Lookups.requireWellFormed(ResourceKind.VOLUME, request.volumeIds());
        Predicate<Volume> filter = Ec2Filters.VOLUMES.compile(request.filters());
        return state.locked(s -> {
            Instant now = s.now();
            Collection<VolumeRecord> records = ids
                    ? Lookups.requireAll(ResourceKind.VOLUME, request.volumeIds(), s.volumes)
                    : s.volumes.values();
            Paging.Page<VolumeRecord> page = Paging.page(Paging.VOLUMES, List.copyOf(records), v -> v.sequence,
                    v -> filter.test(Ec2Views.volume(v, now)), request.maxResults(), request.nextToken());
            return Lookups.withMetadata(DescribeVolumesResponse.builder()
                    .volumes(page.items().stream().map(v -> Ec2Views.volume(v, now)).toList())
                    .nextToken(page.nextToken())).build();
        });
    }

    public CreateVolumeResponse create(CreateVolumeRequest request) {
        Ec2Errors.checkDryRun(request.dryRun());
        String zone = Lookups.require(request.availabilityZone(), "AvailabilityZone");
        String type = request.volumeTypeAsString() == null ? "gp2" : request.volumeTypeAsString();
        if (!TYPES.contains(type)) {
            throw Ec2Errors.invalidParameterValue("Value (" + type + ") for parameter volumeType is invalid.");
        }
        if (request.size() == null && request.snapshotId() == null) {
            throw Ec2Errors.missingParameter("The request must contain the parameter size or snapshotId");
        }
        if (request.snapshotId() != null) {
            ResourceKind.SNAPSHOT.requireWellFormed(request.snapshotId());
        }
        TagSpecs tags = TagSpecs.parse(request.tagSpecifications(), Set.of("volume"));
        return state.locked(s -> {
            if (!s.availabilityZones().contains(zone)) {
                throw Ec2Errors.invalidParameterValue("Invalid availability zone: [" + zone + "]");
            }
            Instant now = s.now();
            SnapshotRecord source = request.snapshotId() == null ? null
                    : Lookups.require(ResourceKind.SNAPSHOT, request.snapshotId(), s.snapshots);
            if (source != null && !"completed".equals(source.state(now))) {
                throw Ec2Errors.incorrectState("Snapshot is in invalid state - " + source.state(now));
            }
            int size = request.size() != null ? request.size() : source.volumeSize;
            if (source != null && size < source.volumeSize) {
                throw Ec2Errors.invalidParameterValue("Volume of " + size + "GiB is smaller than snapshot '"
                        + source.id + "', expect size >= " + source.volumeSize + "GiB");
            }
            checkSize(type, size);
            boolean encrypted = Boolean.TRUE.equals(request.encrypted()) || (source != null && source.encrypted);
            String kms = !encrypted ? null
                    : request.kmsKeyId() != null ? request.kmsKeyId()
                    : source != null && source.kmsKeyId != null ? source.kmsKeyId : s.defaultKmsKeyId();
            VolumeRecord volume = new VolumeRecord(s.nextSequence(), s.newId(ResourceKind.VOLUME), size, type,
                    iops(type, size, request.iops()), throughput(type, request.throughput()), encrypted, kms, zone, now,
                    now.plus(Ec2Timing.VOLUME_CREATING), source == null ? "" : source.id, tags.tagsFor("volume"));
            s.volumes.put(volume.id, volume);
            Volume view = Ec2Views.volume(volume, now);
            return Lookups.withMetadata(CreateVolumeResponse.builder()
                    .volumeId(view.volumeId()).size(view.size()).volumeType(view.volumeType()).iops(view.iops())
                    .throughput(view.throughput()).state(view.state()).availabilityZone(view.availabilityZone())
                    .encrypted(view.encrypted()).kmsKeyId(view.kmsKeyId()).createTime(view.createTime())
                    .snapshotId(view.snapshotId()).multiAttachEnabled(false).tags(view.tags())).build();
        });
    }

    public AttachVolumeResponse attach(AttachVolumeRequest request) {
        Ec2Errors.checkDryRun(request.dryRun());
        String volumeId = Lookups.require(request.volumeId(), "VolumeId");
        String instanceId = Lookups.require(request.instanceId(), "InstanceId");
        String device = Lookups.require(request.device(), "Device");
        if (!DEVICE.matcher(device).matches()) {
            throw Ec2Errors.invalidParameterValue("Value (" + device + ") for parameter device is invalid. "
                    + device + " is not a valid EBS device name.");
        }
        return state.locked(s -> {
            Instant now = s.now();
            VolumeRecord volume = Lookups.require(ResourceKind.VOLUME, volumeId, s.volumes);
            InstanceRecord instance = Lookups.require(ResourceKind.INSTANCE, instanceId, s.instances);
            if (volume.attachment(now) != null) {
                throw Ec2Errors.error("VolumeInUse", volumeId + " is already attached to an instance");
            }
            if (!"available".equals(volume.state(now))) {
                throw Ec2Errors.incorrectState(volumeId + " is not 'available'.");
            }
            if (instance.terminated()) {
                throw Ec2Errors.error("IncorrectInstanceState", "The instance '" + instanceId + "' is not in a valid state "
                        + "for this operation.");
            }
            if (!volume.availabilityZone.equals(instance.availabilityZone)) {
                throw Ec2Errors.error("InvalidVolume.ZoneMismatch", "The volume '" + volumeId + "' is not in the same "
                        + "availability zone as instance '" + instanceId + "'");
            }
            boolean deviceTaken = s.volumesByInstance(now).getOrDefault(instanceId, List.of()).stream()
                    .anyMatch(v -> v.attachment.device.equals(device));
            if (deviceTaken) {
                throw Ec2Errors.invalidParameterValue("Attachment point " + device + " is already in use");
            }
            volume.attachment = new AttachmentRecord(instanceId, device, now, now.plus(Ec2Timing.ATTACHING), false);
            return Lookups.withMetadata(AttachVolumeResponse.builder()
                    .volumeId(volumeId).instanceId(instanceId).device(device).state("attaching")
                    .attachTime(now).deleteOnTermination(false)).build();
        });
    }

    public DetachVolumeResponse detach(DetachVolumeRequest request) {
        Ec2Errors.checkDryRun(request.dryRun());
        String volumeId = Lookups.require(request.volumeId(), "VolumeId");
        return state.locked(s -> {
            Instant now = s.now();
            VolumeRecord volume = Lookups.require(ResourceKind.VOLUME, volumeId, s.volumes);
            AttachmentRecord attachment = volume.attachment(now);
            if (attachment == null) {
                throw Ec2Errors.incorrectState("Volume '" + volumeId + "' is in the '" + volume.state(now) + "' state.");
            }
            if ((request.instanceId() != null && !request.instanceId().equals(attachment.instanceId))
                    || (request.device() != null && !request.device().equals(attachment.device))) {
                throw Ec2Errors.error("InvalidAttachment.NotFound", "The volume '" + volumeId + "' is not attached to "
                        + "instance '" + request.instanceId() + "' as device '" + request.device() + "'.");
            }
            InstanceRecord instance = s.instances.get(attachment.instanceId);
            boolean root = instance != null && attachment.device.equals(instance.rootDeviceName);
            if (root && !instance.terminated() && !"stopped".equals(instance.stateName(now))) {
                throw Ec2Errors.incorrectState("Unable to detach root volume '" + volumeId + "' from instance '"
                        + instance.id + "'");
            }
            if (attachment.detachRequestedAt == null) {
                attachment.detachRequestedAt = now;
            }
            return Lookups.withMetadata(DetachVolumeResponse.builder()
                    .volumeId(volumeId).instanceId(attachment.instanceId).device(attachment.device)
                    .state("detaching").attachTime(attachment.attachTime)
                    .deleteOnTermination(attachment.deleteOnTermination)).build();
        });
    }

    public DeleteVolumeResponse delete(DeleteVolumeRequest request) {
        Ec2Errors.checkDryRun(request.dryRun());
        String volumeId = Lookups.require(request.volumeId(), "VolumeId");
        return state.locked(s -> {
            VolumeRecord volume = Lookups.require(ResourceKind.VOLUME, volumeId, s.volumes);
            AttachmentRecord attachment = volume.attachment(s.now());
            if (attachment != null) {
                throw Ec2Errors.error("VolumeInUse", "Volume " + volumeId + " is currently attached to "
                        + attachment.instanceId);
            }
            s.volumes.remove(volumeId);
            return Lookups.withMetadata(DeleteVolumeResponse.builder()).build();
        });
    }

    private static void checkSize(String type, int size) {
        int min = switch (type) {
            case "io1", "io2" -> 4;
            case "st1", "sc1" -> 125;
            default -> 1;
        };
        int max = switch (type) {
            case "standard" -> 1024;
            case "io2" -> 65536;
            default -> 16384;
        };
        if (size < min || size > max) {
            throw Ec2Errors.invalidParameterValue("Volume of " + size + "GiB is out of range for volume type " + type
                    + "; expect size between " + min + " and " + max + "GiB.");
        }
    }

    private static Integer iops(String type, int size, Integer requested) {
        switch (type) {
            case "gp3":
                return requested == null ? 3000 : requested;
            case "io1", "io2":
                if (requested == null) {
                    throw Ec2Errors.missingParameter("The parameter iops must be specified for " + type + " volumes.");
                }
                return requested;
            default:
                if (requested != null) {
                    throw Ec2Errors.invalidParameterCombination("The parameter iops is not supported for " + type
                            + " volumes.");
                }
                return type.equals("gp2") ? Math.min(16000, Math.max(100, 3 * size)) : null;
        }
    }

    private static Integer throughput(String type, Integer requested) {
        if (!type.equals("gp3")) {
            if (requested != null) {
                throw Ec2Errors.invalidParameterCombination("The parameter throughput is not supported for " + type
                        + " volumes.");
            }
            return null;
        }
        return requested == null ? 125 : requested;
    }
}
