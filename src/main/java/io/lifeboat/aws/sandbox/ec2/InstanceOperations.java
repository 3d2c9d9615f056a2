package io.lifeboat.aws.sandbox.ec2;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesResponse;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceState;
import software.amazon.awssdk.services.ec2.model.InstanceStateChange;
import software.amazon.awssdk.services.ec2.model.Reservation;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;
import software.amazon.awssdk.services.ec2.model.RunInstancesResponse;
import software.amazon.awssdk.services.ec2.model.TerminateInstancesRequest;
import software.amazon.awssdk.services.ec2.model.TerminateInstancesResponse;

/** DescribeInstances, RunInstances and TerminateInstances on one region's state. */
public final class InstanceOperations {

    static final String DEFAULT_INSTANCE_TYPE = "m1.small";
    static final int MAX_PER_CALL = 100;
    private static final DateTimeFormatter REASON_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'GMT'")
            .withZone(ZoneOffset.UTC);

    private final Ec2State state;

    public InstanceOperations(Ec2State state) {
        this.state = state;
    }

    /**
     * Pages count instances, not reservations, so a big RunInstances is split over pages like any
     * other; instances of one reservation that land in the same page are grouped again.
     */
    public DescribeInstancesResponse describe(DescribeInstancesRequest request) {
        boolean ids = request.hasInstanceIds() && !request.instanceIds().isEmpty();
        Paging.validate(Paging.INSTANCES, request.maxResults(), ids, "instancesSet");
        Lookups.requireWellFormed(ResourceKind.INSTANCE, request.instanceIds());
        Predicate<Instance> filter = Ec2Filters.INSTANCES.compile(request.filters());
        return state.locked(s -> {
            Instant now = s.now();
            Collection<InstanceRecord> records = ids
                    ? Lookups.requireAll(ResourceKind.INSTANCE, request.instanceIds(), s.instances)
                    : s.instances.values();
            Map<String, List<VolumeRecord>> attached = s.volumesByInstance(now);
            Paging.Page<InstanceRecord> page = Paging.page(Paging.INSTANCES, List.copyOf(records), i -> i.sequence,
                    i -> filter.test(view(s, i, attached, now)), request.maxResults(), request.nextToken());
            return Lookups.withMetadata(DescribeInstancesResponse.builder()
                    .reservations(reservations(s, page.items(), attached, now))
                    .nextToken(page.nextToken())).build();
        });
    }

    public RunInstancesResponse run(RunInstancesRequest request) {
        Ec2Errors.checkDryRun(request.dryRun());
        String imageId = ResourceKind.IMAGE.requireWellFormed(Lookups.require(request.imageId(), "ImageId"));
        int min = count(request.minCount(), "MinCount");
        int max = count(request.maxCount(), "MaxCount");
        if (min > max) {
            throw Ec2Errors.invalidParameterValue("MinCount (" + min + ") must be less than or equal to MaxCount ("
                    + max + ")");
        }
        if (max > MAX_PER_CALL) {
            throw Ec2Errors.error("InstanceLimitExceeded", "You have requested more instances (" + max + ") than your "
                    + "current instance limit of " + MAX_PER_CALL + " allows for the specified instance type.");
        }
        TagSpecs tags = TagSpecs.parse(request.tagSpecifications(), Set.of("instance", "volume"));
        String type = request.instanceTypeAsString() == null ? DEFAULT_INSTANCE_TYPE : request.instanceTypeAsString();
        String profile = profileArn(request);
        return state.locked(s -> {
            String zone = request.placement() == null || request.placement().availabilityZone() == null
                    ? s.availabilityZones().get(0) : request.placement().availabilityZone();
            if (!s.availabilityZones().contains(zone)) {
                throw Ec2Errors.invalidParameterValue("Invalid availability zone: [" + zone + "]");
            }
            ImageRecord image = s.images.get(imageId);
            String platform = image == null ? null : image.platform;
            String rootDevice = image == null ? "/dev/xvda" : image.rootDeviceName;
            Instant now = s.now();
            String reservationId = s.newId(ResourceKind.RESERVATION);
            List<InstanceRecord> launched = new ArrayList<>();
            for (int index = 0; index < max; index++) {
                InstanceRecord instance = new InstanceRecord(s.nextSequence(), s.newId(ResourceKind.INSTANCE),
                        reservationId, imageId, type, zone, s.newPrivateIp(), platform, rootDevice, now, profile,
                        tags.tagsFor("instance"), index);
                s.instances.put(instance.id, instance);
                VolumeRecord root = new VolumeRecord(s.nextSequence(), s.newId(ResourceKind.VOLUME), 8, "gp3", 3000, 125,
                        false, null, zone, now, now, "", tags.tagsFor("volume"));
                root.attachment = new AttachmentRecord(instance.id, rootDevice, now, now, true);
                s.volumes.put(root.id, root);
                launched.add(instance);
            }
            Map<String, List<VolumeRecord>> attached = s.volumesByInstance(now);
            return Lookups.withMetadata(RunInstancesResponse.builder()
                    .reservationId(reservationId)
                    .ownerId(s.accountId)
                    .instances(launched.stream().map(i -> view(s, i, attached, now)).toList())).build();
        });
    }

    public TerminateInstancesResponse terminate(TerminateInstancesRequest request) {
        Ec2Errors.checkDryRun(request.dryRun());
        if (!request.hasInstanceIds() || request.instanceIds().isEmpty()) {
            throw Ec2Errors.missingParameter("The request must contain the parameter InstanceId");
        }
        Lookups.requireWellFormed(ResourceKind.INSTANCE, request.instanceIds());
        return state.locked(s -> {
            Instant now = s.now();
            List<InstanceRecord> instances = Lookups.requireAll(ResourceKind.INSTANCE, request.instanceIds(), s.instances);
            List<InstanceStateChange> changes = new ArrayList<>();
            for (InstanceRecord instance : instances) {
                String before = instance.stateName(now);
                if (!instance.terminated()) {
                    instance.target = InstanceRecord.Target.TERMINATED;
                    instance.changedAt = now;
                    instance.transitionReason = "User initiated (" + REASON_TIME.format(now) + ")";
                    releaseVolumes(s, instance.id, now);
                }
                String after = instance.stateName(now);
                changes.add(InstanceStateChange.builder()
                        .instanceId(instance.id)
                        .previousState(InstanceState.builder().name(before).code(InstanceRecord.stateCode(before)).build())
                        .currentState(InstanceState.builder().name(after).code(InstanceRecord.stateCode(after)).build())
                        .build());
            }
            return Lookups.withMetadata(TerminateInstancesResponse.builder().terminatingInstances(changes)).build();
        });
    }

    /** Volumes marked DeleteOnTermination go with the instance; the others are left available. */
    private static void releaseVolumes(Ec2State s, String instanceId, Instant now) {
        for (VolumeRecord volume : s.volumesByInstance(now).getOrDefault(instanceId, List.of())) {
            if (volume.attachment.deleteOnTermination) {
                s.volumes.remove(volume.id);
            } else {
                volume.attachment = null;
            }
        }
    }

    private static List<Reservation> reservations(Ec2State s, List<InstanceRecord> page,
                                                  Map<String, List<VolumeRecord>> attached, Instant now) {
        List<Reservation> reservations = new ArrayList<>();
        List<Instance> current = new ArrayList<>();
        String currentId = null;
        for (InstanceRecord record : page) {
            if (currentId != null && !currentId.equals(record.reservationId)) {
                reservations.add(reservation(s, currentId, current));
                current = new ArrayList<>();
            }
            currentId = record.reservationId;
            current.add(view(s, record, attached, now));
        }
        if (currentId != null) {
            reservations.add(reservation(s, currentId, current));
        }
        return reservations;
    }

    private static Reservation reservation(Ec2State s, String id, List<Instance> instances) {
        return Reservation.builder().reservationId(id).ownerId(s.accountId).instances(instances).build();
    }

    private static Instance view(Ec2State s, InstanceRecord record, Map<String, List<VolumeRecord>> attached,
                                 Instant now) {
        return Ec2Views.instance(record, attached.getOrDefault(record.id, List.of()), s.accountId, now);
    }

    private static int count(Integer value, String parameter) {
        if (value == null) {
            throw Ec2Errors.missingParameter("The request must contain the parameter " + parameter);
        }
        if (value < 1) {
            throw Ec2Errors.invalidParameterValue("Value (" + value + ") for parameter " + parameter + " is invalid. "
                    + "Expected a positive integer.");
        }
        return value;
    }

    private String profileArn(RunInstancesRequest request) {
        if (request.iamInstanceProfile() == null) {
            return null;
        }
        if (request.iamInstanceProfile().arn() != null) {
            return request.iamInstanceProfile().arn();
        }
        return request.iamInstanceProfile().name() == null ? null
                : "arn:aws:iam::" + state.accountId + ":instance-profile/" + request.iamInstanceProfile().name();
    }
}
