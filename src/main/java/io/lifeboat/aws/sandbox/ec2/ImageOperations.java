package io.lifeboat.aws.sandbox.ec2;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import software.amazon.awssdk.services.ec2.model.BlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.DescribeImagesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeImagesResponse;
import software.amazon.awssdk.services.ec2.model.DisableImageRequest;
import software.amazon.awssdk.services.ec2.model.DisableImageResponse;
import software.amazon.awssdk.services.ec2.model.Image;
import software.amazon.awssdk.services.ec2.model.RegisterImageRequest;
import software.amazon.awssdk.services.ec2.model.RegisterImageResponse;

/**
 * DescribeImages, RegisterImage and DisableImage over the account's own AMIs. The sandbox has no public
 * images: asking for {@code amazon} or another owner's finds nothing, and unknown image ids are not found.
 */
public final class ImageOperations {

    private final Ec2State state;

    public ImageOperations(Ec2State state) {
        this.state = state;
    }

    /** An EBS-backed AMI from snapshots of this region; each block device's snapshot must exist. */
    public RegisterImageResponse register(RegisterImageRequest request) {
        Ec2Errors.checkDryRun(request.dryRun());
        String name = Lookups.require(request.name(), "Name");
        String root = Lookups.require(request.rootDeviceName(), "RootDeviceName");
        return state.locked(s -> {
            List<ImageRecord.Device> devices = new ArrayList<>();
            for (BlockDeviceMapping mapping : request.blockDeviceMappings()) {
                if (mapping.ebs() == null || mapping.ebs().snapshotId() == null) {
                    continue;
                }
                SnapshotRecord snapshot = Lookups.require(ResourceKind.SNAPSHOT, mapping.ebs().snapshotId(), s.snapshots);
                devices.add(new ImageRecord.Device(mapping.deviceName(), snapshot.id, snapshot.volumeSize,
                        mapping.ebs().volumeTypeAsString() == null ? "gp3" : mapping.ebs().volumeTypeAsString(),
                        snapshot.encrypted));
            }
            if (devices.stream().noneMatch(d -> root.equals(d.deviceName()))) {
                throw Ec2Errors.invalidParameterValue("The root device name " + root + " has no EBS snapshot mapping.");
            }
            ImageRecord image = new ImageRecord(s.nextSequence(), s.newId(ResourceKind.IMAGE), name,
                    request.description(), s.now(), s.accountId, null, root, devices, new ResourceTags());
            s.images.put(image.id, image);
            return Lookups.withMetadata(RegisterImageResponse.builder().imageId(image.id)).build();
        });
    }

    public DisableImageResponse disable(DisableImageRequest request) {
        Ec2Errors.checkDryRun(request.dryRun());
        String imageId = Lookups.require(request.imageId(), "ImageId");
        return state.locked(s -> {
            Lookups.require(ResourceKind.IMAGE, imageId, s.images).disabled = true;
            return Lookups.withMetadata(DisableImageResponse.builder().returnValue(true)).build();
        });
    }

    public DescribeImagesResponse describe(DescribeImagesRequest request) {
        Paging.validate(Paging.IMAGES, request.maxResults(), false, "imagesSet");
        Lookups.requireWellFormed(ResourceKind.IMAGE, request.imageIds());
        Predicate<Image> filter = Ec2Filters.IMAGES.compile(request.filters());
        return state.locked(s -> {
            boolean ids = request.hasImageIds() && !request.imageIds().isEmpty();
            Collection<ImageRecord> records = ids
                    ? Lookups.requireAll(ResourceKind.IMAGE, request.imageIds(), s.images)
                    : s.images.values();
            boolean ours = !request.hasOwners() || request.owners().contains("self")
                    || request.owners().contains(s.accountId);
            // As on AWS, disabled AMIs are listed only when asked for (IncludeDisabled), and only to their owner.
            boolean withDisabled = Boolean.TRUE.equals(request.includeDisabled());
            List<ImageRecord> candidates = !ours ? List.of()
                    : records.stream().filter(i -> withDisabled || !i.disabled).toList();
            Paging.Page<ImageRecord> page = Paging.page(Paging.IMAGES, candidates, i -> i.sequence,
                    i -> filter.test(Ec2Views.image(i)), request.maxResults(), request.nextToken());
            return Lookups.withMetadata(DescribeImagesResponse.builder()
                    .images(page.items().stream().map(Ec2Views::image).toList())
                    .nextToken(page.nextToken())).build();
        });
    }
}
