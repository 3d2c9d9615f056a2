package io.lifeboat.aws.sandbox;

import io.lifeboat.aws.sandbox.ec2.Ec2Gate;
import io.lifeboat.aws.sandbox.ec2.Ec2State;
import io.lifeboat.aws.sandbox.ec2.ImageOperations;
import io.lifeboat.aws.sandbox.ec2.InstanceOperations;
import io.lifeboat.aws.sandbox.ec2.RegionOperations;
import io.lifeboat.aws.sandbox.ec2.SecurityGroupOperations;
import io.lifeboat.aws.sandbox.ec2.SnapshotOperations;
import io.lifeboat.aws.sandbox.ec2.TagOperations;
import io.lifeboat.aws.sandbox.ec2.VolumeOperations;
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

/**
 * The sandbox's EC2 in one region, over the account's in-memory state (see {@link Ec2State}); the
 * work is done by one small class per resource family. It implements the EC2 operations the guarded
 * client lists: those the features make, and those the scenario tests build a fleet with
 * (RunInstances, CreateVolume, AttachVolume...). Only the single-request overloads are overridden:
 * consumer-builder overloads, paginators and waiters are the interface's defaults, which call these.
 * Any other operation stays a default method, and the guards report it as not available on this
 * account.
 */
final class SandboxEc2Client implements Ec2Client {

    private final RegionOperations regions;
    private final InstanceOperations instances;
    private final VolumeOperations volumes;
    private final SnapshotOperations snapshots;
    private final ImageOperations images;
    private final TagOperations tags;
    private final Ec2Gate gate;
    private final SecurityGroupOperations securityGroups;

    SandboxEc2Client(SandboxAccount account, String region) {
        Ec2State state = Ec2State.of(account, region);
        this.gate = Ec2Gate.of(account, region);
        this.regions = new RegionOperations(account.regions(), region);
        this.instances = new InstanceOperations(state);
        this.volumes = new VolumeOperations(state);
        this.snapshots = new SnapshotOperations(account, state);
        this.images = new ImageOperations(state);
        this.tags = new TagOperations(state);
        this.securityGroups = new SecurityGroupOperations(region);
    }

    @Override
    public DescribeRegionsResponse describeRegions(DescribeRegionsRequest request) {
        return gate.call("DescribeRegions", () -> regions.describeRegions(request));
    }

    @Override
    public DescribeAvailabilityZonesResponse describeAvailabilityZones(DescribeAvailabilityZonesRequest request) {
        return gate.call("DescribeAvailabilityZones", () -> regions.describeAvailabilityZones(request));
    }

    @Override
    public DescribeInstancesResponse describeInstances(DescribeInstancesRequest request) {
        return gate.call("DescribeInstances", () -> instances.describe(request));
    }

    @Override
    public RunInstancesResponse runInstances(RunInstancesRequest request) {
        return gate.call("RunInstances", () -> instances.run(request));
    }

    @Override
    public TerminateInstancesResponse terminateInstances(TerminateInstancesRequest request) {
        return gate.call("TerminateInstances", () -> instances.terminate(request));
    }

    @Override
    public DescribeVolumesResponse describeVolumes(DescribeVolumesRequest request) {
        return gate.call("DescribeVolumes", () -> volumes.describe(request));
    }

    @Override
    public CreateVolumeResponse createVolume(CreateVolumeRequest request) {
        return gate.call("CreateVolume", () -> volumes.create(request));
    }

    @Override
    public AttachVolumeResponse attachVolume(AttachVolumeRequest request) {
        return gate.call("AttachVolume", () -> volumes.attach(request));
    }

    @Override
    public DetachVolumeResponse detachVolume(DetachVolumeRequest request) {
        return gate.call("DetachVolume", () -> volumes.detach(request));
    }

    @Override
    public DeleteVolumeResponse deleteVolume(DeleteVolumeRequest request) {
        return gate.call("DeleteVolume", () -> volumes.delete(request));
    }

    @Override
    public DescribeSnapshotsResponse describeSnapshots(DescribeSnapshotsRequest request) {
        return gate.call("DescribeSnapshots", () -> snapshots.describe(request));
    }

    @Override
    public CreateSnapshotResponse createSnapshot(CreateSnapshotRequest request) {
        return gate.call("CreateSnapshot", () -> snapshots.create(request));
    }

    @Override
    public CreateSnapshotsResponse createSnapshots(CreateSnapshotsRequest request) {
        return gate.call("CreateSnapshots", () -> snapshots.createForInstance(request));
    }

    @Override
    public DeleteSnapshotResponse deleteSnapshot(DeleteSnapshotRequest request) {
        return gate.call("DeleteSnapshot", () -> snapshots.delete(request));
    }

    @Override
    public CopySnapshotResponse copySnapshot(CopySnapshotRequest request) {
        return gate.call("CopySnapshot", () -> snapshots.copy(request));
    }

    @Override
    public DescribeImagesResponse describeImages(DescribeImagesRequest request) {
        return gate.call("DescribeImages", () -> images.describe(request));
    }

    @Override
    public RegisterImageResponse registerImage(RegisterImageRequest request) {
        return gate.call("RegisterImage", () -> images.register(request));
    }

    @Override
    public DisableImageResponse disableImage(DisableImageRequest request) {
        return gate.call("DisableImage", () -> images.disable(request));
    }

    @Override
    public CreateTagsResponse createTags(CreateTagsRequest request) {
        return gate.call("CreateTags", () -> tags.create(request));
    }

    @Override
    public DeleteTagsResponse deleteTags(DeleteTagsRequest request) {
        return gate.call("DeleteTags", () -> tags.delete(request));
    }

    @Override
    public DescribeSecurityGroupsResponse describeSecurityGroups(DescribeSecurityGroupsRequest request) {
        return gate.call("DescribeSecurityGroups", () -> securityGroups.describeSecurityGroups(request));
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {
    }
}
