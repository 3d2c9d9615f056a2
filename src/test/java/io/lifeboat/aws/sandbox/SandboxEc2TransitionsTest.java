package io.lifeboat.aws.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.CreateSnapshotResponse;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceStateChange;
import software.amazon.awssdk.services.ec2.model.Snapshot;
import software.amazon.awssdk.services.ec2.model.Volume;

/** Simulated time: every transition is derived from the sandbox clock when read, and moves only when it does. */
class SandboxEc2TransitionsTest {

    private final SandboxClock clock = SandboxClock.manual(Instant.parse("2026-11-20T10:15:00Z"));
    private final SandboxServiceClients clients = new SandboxServiceClients(SandboxAccount.empty(clock));
    private final Ec2Client ec2 = clients.ec2("eu-west-3");

    private Volume volume(String id) {
        return ec2.describeVolumes(r -> r.volumeIds(id)).volumes().get(0);
    }

    private Snapshot snapshot(Ec2Client client, String id) {
        return client.describeSnapshots(r -> r.snapshotIds(id)).snapshots().get(0);
    }

    private Instance instance(String id) {
        return ec2.describeInstances(r -> r.instanceIds(id)).reservations().get(0).instances().get(0);
    }

    private String availableVolume(int size) {
        String id = ec2.createVolume(r -> r.availabilityZone("eu-west-3a").size(size).volumeType("gp3")).volumeId();
        clock.advance(Duration.ofSeconds(5));
        return id;
    }

    @Test
    void aNewVolumeIsCreatingForFiveSecondsThenAvailable() {
        String id = ec2.createVolume(r -> r.availabilityZone("eu-west-3a").size(10)).volumeId();

        assertThat(volume(id).stateAsString()).isEqualTo("creating");
        clock.advance(Duration.ofMillis(4_999));
        assertThat(volume(id).stateAsString()).isEqualTo("creating");
        clock.advance(Duration.ofMillis(1));
        assertThat(volume(id).stateAsString()).isEqualTo("available");
    }

    @Test
    void aSnapshotIsPendingWithProgressThenCompletedAfterADurationGrowingWithSize() {
        String small = availableVolume(8);
        String large = availableVolume(500);

        CreateSnapshotResponse s = ec2.createSnapshot(r -> r.volumeId(small));
        String l = ec2.createSnapshot(r -> r.volumeId(large)).snapshotId();

        assertThat(s.stateAsString()).isEqualTo("pending");
        assertThat(s.progress()).isEqualTo("0%");
        assertThat(s.startTime()).isEqualTo(clock.instant());
        clock.advance(Duration.ofSeconds(7));               // 8 GiB: 15 s in all
        assertThat(snapshot(ec2, s.snapshotId()).progress()).isEqualTo("46%");
        clock.advance(Duration.ofSeconds(8));
        assertThat(snapshot(ec2, s.snapshotId()).stateAsString()).isEqualTo("completed");
        assertThat(snapshot(ec2, s.snapshotId()).progress()).isEqualTo("100%");
        assertThat(snapshot(ec2, l).stateAsString()).isEqualTo("pending");   // 500 GiB: 15 s + 50 s
        clock.advance(Duration.ofSeconds(50));
        assertThat(snapshot(ec2, l).stateAsString()).isEqualTo("completed");
    }

    @Test
    void aHugeVolumesFirstSnapshotTakesHoursAndTheNextOnesAreCappedAtThreeMinutes() {
        String huge = availableVolume(16_000);
        String first = ec2.createSnapshot(r -> r.volumeId(huge)).snapshotId();
        clock.advance(Duration.ofHours(24));
        assertThat(snapshot(ec2, first).stateAsString()).as("a full copy of 16,000 GiB").isEqualTo("pending");
        clock.advance(Duration.ofHours(21));
        assertThat(snapshot(ec2, first).stateAsString()).isEqualTo("completed");

        String id = ec2.createSnapshot(r -> r.volumeId(huge)).snapshotId();

        clock.advance(Duration.ofMinutes(3).minusMillis(1));
        assertThat(snapshot(ec2, id).progress()).isEqualTo("99%");
        assertThat(snapshot(ec2, id).stateAsString()).isEqualTo("pending");
        clock.advance(Duration.ofMillis(1));
        assertThat(snapshot(ec2, id).stateAsString()).isEqualTo("completed");
    }

    @Test
    void attachingTakesThreeSecondsAndDetachingThreeMore() {
        String instance = ec2.runInstances(r -> r.imageId("ami-0123456789abcdef0").minCount(1).maxCount(1))
                .instances().get(0).instanceId();
        String data = availableVolume(10);

        ec2.attachVolume(r -> r.volumeId(data).instanceId(instance).device("/dev/sdf"));
        assertThat(volume(data).stateAsString()).isEqualTo("in-use");
        assertThat(volume(data).attachments().get(0).stateAsString()).isEqualTo("attaching");
        clock.advance(Duration.ofSeconds(3));
        assertThat(volume(data).attachments().get(0).stateAsString()).isEqualTo("attached");
        assertThat(instance(instance).blockDeviceMappings()).extracting(m -> m.deviceName())
                .containsExactly("/dev/xvda", "/dev/sdf");

        ec2.detachVolume(r -> r.volumeId(data));
        assertThat(volume(data).attachments().get(0).stateAsString()).isEqualTo("detaching");
        clock.advance(Duration.ofSeconds(3));
        assertThat(volume(data).stateAsString()).isEqualTo("available");
        assertThat(volume(data).attachments()).isEmpty();
        assertThat(instance(instance).blockDeviceMappings()).extracting(m -> m.deviceName()).containsExactly("/dev/xvda");
    }

    @Test
    void anInstanceIsPendingThenRunningAndWhenTerminatedShuttingDownThenTerminatedThenGone() {
        var run = ec2.runInstances(r -> r.imageId("ami-0123456789abcdef0").minCount(2).maxCount(2)
                .instanceType("t3.micro"));
        String id = run.instances().get(0).instanceId();

        assertThat(run.instances()).hasSize(2).allSatisfy(i -> {
            assertThat(i.state().nameAsString()).isEqualTo("pending");
            assertThat(i.state().code()).isZero();
            assertThat(i.rootDeviceName()).isEqualTo("/dev/xvda");
        });
        assertThat(run.instances()).extracting(Instance::amiLaunchIndex).containsExactly(0, 1);
        clock.advance(Duration.ofSeconds(5));
        assertThat(instance(id).state().code()).isEqualTo(16);
        String root = instance(id).blockDeviceMappings().get(0).ebs().volumeId();
        assertThat(volume(root).size()).isEqualTo(8);
        assertThat(volume(root).volumeTypeAsString()).isEqualTo("gp3");

        InstanceStateChange change = ec2.terminateInstances(r -> r.instanceIds(id)).terminatingInstances().get(0);
        assertThat(change.previousState().nameAsString()).isEqualTo("running");
        assertThat(change.currentState().nameAsString()).isEqualTo("shutting-down");
        assertThat(ec2.describeVolumes(r -> r.filters(Filter.builder().name("volume-id").values(root).build())).volumes()).isEmpty();
        clock.advance(Duration.ofSeconds(5));
        assertThat(instance(id).state().nameAsString()).isEqualTo("terminated");
        assertThat(instance(id).stateTransitionReason()).startsWith("User initiated (2026-11-20 10:15:05 GMT");
        clock.advance(Duration.ofHours(1));
        assertThat(ec2.describeInstances(r -> {}).reservations()).flatExtracting(r -> r.instances())
                .extracting(Instance::instanceId).containsExactly(run.instances().get(1).instanceId());
    }

    @Test
    void aCopyIsPendingInTheDestinationUntilItsOwnDurationHasPassed() {
        String volume = availableVolume(100);
        String source = ec2.createSnapshot(r -> r.volumeId(volume)).snapshotId();
        clock.advance(Duration.ofSeconds(25));
        Ec2Client us = clients.ec2("us-east-1");

        String copy = us.copySnapshot(r -> r.sourceRegion("eu-west-3").sourceSnapshotId(source)).snapshotId();

        assertThat(snapshot(us, copy).stateAsString()).isEqualTo("pending");
        clock.advance(Duration.ofSeconds(24));
        assertThat(snapshot(us, copy).stateAsString()).isEqualTo("pending");
        clock.advance(Duration.ofSeconds(1));
        assertThat(snapshot(us, copy).stateAsString()).isEqualTo("completed");
        assertThat(ec2.describeSnapshots(r -> {}).snapshots()).extracting(Snapshot::snapshotId).containsExactly(source);
    }

    @Test
    void aVolumeFromASnapshotInheritsItsSizeAndEncryption() {
        String encrypted = ec2.createVolume(r -> r.availabilityZone("eu-west-3a").size(30).encrypted(true)).volumeId();
        clock.advance(Duration.ofSeconds(5));
        String snapshot = ec2.createSnapshot(r -> r.volumeId(encrypted)).snapshotId();
        clock.advance(Duration.ofMinutes(1));

        String restored = ec2.createVolume(r -> r.availabilityZone("eu-west-3b").snapshotId(snapshot)).volumeId();

        assertThat(volume(restored).size()).isEqualTo(30);
        assertThat(volume(restored).encrypted()).isTrue();
        assertThat(volume(restored).kmsKeyId()).isEqualTo(volume(encrypted).kmsKeyId()).startsWith("arn:aws:kms:eu-west-3:");
        assertThat(volume(restored).snapshotId()).isEqualTo(snapshot);
        assertThat(volume(restored).stateAsString()).isEqualTo("creating");
    }
}
