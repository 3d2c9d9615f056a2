package io.lifeboat.aws.guard;

import java.util.function.Supplier;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.AttachVolumeRequest;
import software.amazon.awssdk.services.ec2.model.AttachVolumeResponse;
import software.amazon.awssdk.services.ec2.model.CopySnapshotRequest;
import software.amazon.awssdk.services.ec2.model.CopySnapshotResponse;
import software.amazon.awssdk.services.ec2.model.CreateSnapshotRequest;
import software.amazon.awssdk.services.ec2.model.CreateSnapshotResponse;
import software.amazon.awssdk.services.ec2.model.CreateSnapshotsRequest;
import software.amazon.awssdk.services.ec2.model.CreateSnapshotsResponse;
import software.amazon.awssdk.services.ec2.model.CreateTagsRequest;
import software.amazon.awssdk.services.ec2.model.CreateTagsResponse;
import software.amazon.awssdk.services.ec2.model.CreateVolumeRequest;
import software.amazon.awssdk.services.ec2.model.CreateVolumeResponse;
import software.amazon.awssdk.services.ec2.model.DeleteSnapshotRequest;
import software.amazon.awssdk.services.ec2.model.DeleteSnapshotResponse;
import software.amazon.awssdk.services.ec2.model.DeleteTagsRequest;
import software.amazon.awssdk.services.ec2.model.DeleteTagsResponse;
import software.amazon.awssdk.services.ec2.model.DeleteVolumeRequest;
import software.amazon.awssdk.services.ec2.model.DeleteVolumeResponse;
import software.amazon.awssdk.services.ec2.model.DescribeAvailabilityZonesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeAvailabilityZonesResponse;
import software.amazon.awssdk.services.ec2.model.DisableImageRequest;
import software.amazon.awssdk.services.ec2.model.DisableImageResponse;
import software.amazon.awssdk.services.ec2.model.RegisterImageRequest;
import software.amazon.awssdk.services.ec2.model.RegisterImageResponse;
import software.amazon.awssdk.services.ec2.model.DescribeImagesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeImagesResponse;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesResponse;
import software.amazon.awssdk.services.ec2.model.DescribeRegionsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeRegionsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeSecurityGroupsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSecurityGroupsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeSnapshotsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSnapshotsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeVolumesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeVolumesResponse;
import software.amazon.awssdk.services.ec2.model.DetachVolumeRequest;
import software.amazon.awssdk.services.ec2.model.DetachVolumeResponse;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;
import software.amazon.awssdk.services.ec2.model.RunInstancesResponse;
import software.amazon.awssdk.services.ec2.model.TerminateInstancesRequest;
import software.amazon.awssdk.services.ec2.model.TerminateInstancesResponse;
import software.amazon.awssdk.services.ec2.waiters.Ec2Waiter;

/**
 * Ec2Client through the guards. Each operation Lifeboat makes (its features, and the scenario tests
 * that build fleets for them) is listed here and goes through {@link ClientGuard}; consumer-builder
 * overloads, paginators and the waiter are the interface's default methods, which call back into
 * these, so every page and poll is guarded too. Mutating operations are sent through the account's
 * client for writes ({@code ServiceClients.ec2ForWrites}). An operation not listed stays the
 * interface's default and fails as unsupported: a new one is added here, on purpose. Written out
 * rather than a dynamic proxy: a proxy resolves every method of the interface by reflection, which
 * loads all of its model classes (a second and a half for EC2, at start-up).
 */
final class GuardedEc2Client implements Ec2Client {

    private final Ec2Client target;
    /**
     * Mutating calls go to the account's client for writes, whose SDK retries cover throttling only; the
     * account's clients build it on first use and keep it (a session that only reads never builds it).
     */
    private final Supplier<Ec2Client> writes;
    private final ClientGuard guard;

    /** Declared as the interface, so callers link without loading this class (see {@link GuardedClients}). */
    static Ec2Client of(Ec2Client reads, Supplier<Ec2Client> writes, ClientGuard guard) {
        return new GuardedEc2Client(reads, writes, guard);
    }

    GuardedEc2Client(Ec2Client reads, Supplier<Ec2Client> writes, ClientGuard guard) {
        this.target = reads;
        this.writes = writes;
        this.guard = guard;
    }

    @Override
    public DescribeRegionsResponse describeRegions(DescribeRegionsRequest request) {
        return guard.call("DescribeRegions", request, () -> target.describeRegions(request));
    }

    @Override
    public DescribeAvailabilityZonesResponse describeAvailabilityZones(DescribeAvailabilityZonesRequest request) {
        return guard.call("DescribeAvailabilityZones", request, () -> target.describeAvailabilityZones(request));
    }

    @Override
    public DescribeInstancesResponse describeInstances(DescribeInstancesRequest request) {
        return guard.call("DescribeInstances", request, () -> target.describeInstances(request));
    }

    @Override
    public RunInstancesResponse runInstances(RunInstancesRequest request) {
        return guard.call("RunInstances", request, () -> writes.get().runInstances(request));
    }

    @Override
    public TerminateInstancesResponse terminateInstances(TerminateInstancesRequest request) {
        return guard.call("TerminateInstances", request, () -> writes.get().terminateInstances(request));
    }

    @Override
    public DescribeVolumesResponse describeVolumes(DescribeVolumesRequest request) {
        return guard.call("DescribeVolumes", request, () -> target.describeVolumes(request));
    }

    @Override
    public CreateVolumeResponse createVolume(CreateVolumeRequest request) {
        return guard.call("CreateVolume", request, () -> writes.get().createVolume(request));
    }

    @Override
    public AttachVolumeResponse attachVolume(AttachVolumeRequest request) {
        return guard.call("AttachVolume", request, () -> writes.get().attachVolume(request));
    }

    @Override
    public DetachVolumeResponse detachVolume(DetachVolumeRequest request) {
        return guard.call("DetachVolume", request, () -> writes.get().detachVolume(request));
    }

    @Override
    public DeleteVolumeResponse deleteVolume(DeleteVolumeRequest request) {
        return guard.call("DeleteVolume", request, () -> writes.get().deleteVolume(request));
    }

    @Override
    public DescribeSnapshotsResponse describeSnapshots(DescribeSnapshotsRequest request) {
        return guard.call("DescribeSnapshots", request, () -> target.describeSnapshots(request));
    }

    @Override
    public CreateSnapshotResponse createSnapshot(CreateSnapshotRequest request) {
        return guard.call("CreateSnapshot", request, () -> writes.get().createSnapshot(request));
    }

    @Override
    public CreateSnapshotsResponse createSnapshots(CreateSnapshotsRequest request) {
        return guard.call("CreateSnapshots", request, () -> writes.get().createSnapshots(request));
    }

    @Override
    public DeleteSnapshotResponse deleteSnapshot(DeleteSnapshotRequest request) {
        return guard.call("DeleteSnapshot", request, () -> writes.get().deleteSnapshot(request));
    }

    @Override
    public CopySnapshotResponse copySnapshot(CopySnapshotRequest request) {
        return guard.call("CopySnapshot", request, () -> writes.get().copySnapshot(request));
    }

    @Override
    public DescribeImagesResponse describeImages(DescribeImagesRequest request) {
        return guard.call("DescribeImages", request, () -> target.describeImages(request));
    }

    @Override
    public RegisterImageResponse registerImage(RegisterImageRequest request) {
        return guard.call("RegisterImage", request, () -> writes.get().registerImage(request));
    }

    @Override
    public DisableImageResponse disableImage(DisableImageRequest request) {
        return guard.call("DisableImage", request, () -> writes.get().disableImage(request));
    }

    @Override
    public CreateTagsResponse createTags(CreateTagsRequest request) {
        return guard.call("CreateTags", request, () -> writes.get().createTags(request));
    }

    @Override
    public DeleteTagsResponse deleteTags(DeleteTagsRequest request) {
        return guard.call("DeleteTags", request, () -> writes.get().deleteTags(request));
    }

    @Override
    public DescribeSecurityGroupsResponse describeSecurityGroups(DescribeSecurityGroupsRequest request) {
        return guard.call("DescribeSecurityGroups", request, () -> target.describeSecurityGroups(request));
    }

    @Override
    public Ec2Waiter waiter() {
        return Ec2Waiter.builder().client(this).build();
    }

    @Override
    public String serviceName() {
        return target.serviceName();
    }

    @Override
    public void close() {
        // The raw client belongs to the account's ServiceClients, which closes it.
    }
}
