package io.lifeboat.aws.sandbox.ec2;

import io.lifeboat.aws.sandbox.DemoFleet;
import io.lifeboat.aws.sandbox.SandboxAccount;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts the demo fleet into the sandbox's EC2: instances, their volumes, the loose volumes, a month
 * of snapshot history and its extras. It writes the state directly (the API would take thousands of
 * calls and could not back-date anything), but what it writes is exactly what the API would show.
 */
public final class DemoEc2Seed {

    static final String LINUX_AMI = "ami-05b5a865c3579bbc4";
    static final String WINDOWS_AMI = "ami-0c2b8ca1dad447f8a";
    static final String SSM_PROFILE = "instance-profile/LifeboatSsmManaged";
    private static final DateTimeFormatter REASON_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'GMT'")
            .withZone(ZoneOffset.UTC);

    private DemoEc2Seed() {
    }

    public static void seed(SandboxAccount account, DemoFleet fleet) {
        Instant now = Ec2Time.truncate(account.clock().instant());
        SnapshotHistory history = new SnapshotHistory(now);
        List<PlannedSnapshot> plans = new ArrayList<>();
        for (DemoFleet.Instance instance : fleet.instances()) {
            Instant launched = launchTime(instance, now);
            Ec2State.of(account, instance.region()).locked(s -> {
                addInstance(s, instance, launched, now);
                for (DemoFleet.Volume volume : instance.volumes()) {
                    Instant created = now.minus(volume.age());
                    addVolume(s, instance.availabilityZone(), volume, created, new AttachmentRecord(instance.id(),
                            volume.device(), created, created, volume.device().equals(rootDevice(instance))));
                    plans.addAll(history.plan(instance, volume, created));
                }
                return null;
            });
        }
        for (DemoFleet.LooseVolume loose : fleet.looseVolumes()) {
            Ec2State.of(account, loose.region()).locked(s -> {
                addVolume(s, loose.availabilityZone(), loose.volume(), now.minus(loose.volume().age()), null);
                return null;
            });
        }
        SnapshotExtras extras = new SnapshotExtras(account, fleet, now);
        plans.addAll(extras.plan());
        for (String region : account.regions()) {
            PlannedSnapshot.insert(Ec2State.of(account, region), plans);
        }
        extras.afterInsert();
    }

    static String rootDevice(DemoFleet.Instance instance) {
        return instance.platform() == DemoFleet.Platform.WINDOWS ? "/dev/sda1" : "/dev/xvda";
    }

    /** Launched when its root volume was made (the oldest volume if it has no root). */
    private static Instant launchTime(DemoFleet.Instance instance, Instant now) {
        Duration age = instance.volumes().stream()
                .filter(v -> rootDevice(instance).equals(v.device()))
                .map(DemoFleet.Volume::age)
                .findFirst()
                .orElse(instance.volumes().stream().map(DemoFleet.Volume::age).max(Duration::compareTo)
                        .orElse(Duration.ofDays(300)));
        return now.minus(age);
    }

    private static void addInstance(Ec2State s, DemoFleet.Instance instance, Instant launched, Instant now) {
        boolean windows = instance.platform() == DemoFleet.Platform.WINDOWS;
        String profile = instance.ssm() == DemoFleet.SsmStatus.UNMANAGED ? null
                : "arn:aws:iam::" + s.accountId + ":" + SSM_PROFILE;
        InstanceRecord record = new InstanceRecord(s.nextSequence(), instance.id(), s.newId(ResourceKind.RESERVATION),
                windows ? WINDOWS_AMI : LINUX_AMI, instance.instanceType(), instance.availabilityZone(),
                instance.privateIp(), windows ? "windows" : null, rootDevice(instance), launched, profile,
                new ResourceTags(instance.tags()), 0);
        if (!instance.running()) {
            Instant stopped = now.minus(Duration.ofDays(6)).minus(Duration.ofHours(5));
            record.target = InstanceRecord.Target.STOPPED;
            record.changedAt = stopped;
            record.transitionReason = "User initiated (" + REASON_TIME.format(stopped) + ")";
        }
        s.instances.put(record.id, record);
    }

    private static void addVolume(Ec2State s, String zone, DemoFleet.Volume volume, Instant created,
                                  AttachmentRecord attachment) {
        Integer iops = volume.iops() != null ? volume.iops()
                : volume.type().equals("gp2") ? Math.min(16000, Math.max(100, 3 * volume.sizeGiB())) : null;
        VolumeRecord record = new VolumeRecord(s.nextSequence(), volume.id(), volume.sizeGiB(), volume.type(), iops,
                volume.throughput(), volume.encrypted(), volume.encrypted() ? s.defaultKmsKeyId() : null, zone, created,
                created, "", new ResourceTags(volume.tags()));
        record.attachment = attachment;
        s.volumes.put(record.id, record);
    }
}
