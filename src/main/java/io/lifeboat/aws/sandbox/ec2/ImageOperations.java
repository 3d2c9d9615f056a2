package io.lifeboat.aws.sandbox.ec2;

import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import software.amazon.awssdk.services.ec2.model.DescribeImagesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeImagesResponse;
import software.amazon.awssdk.services.ec2.model.Image;

/**
 * DescribeImages over the account's own AMIs. The sandbox has no public images: asking for
 * {@code amazon} or another owner's finds nothing, and unknown image ids are not found.
 */
public final class ImageOperations {

    private final Ec2State state;

    public ImageOperations(Ec2State state) {
        this.state = state;
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
            List<ImageRecord> candidates = ours ? List.copyOf(records) : List.of();
            Paging.Page<ImageRecord> page = Paging.page(Paging.IMAGES, candidates, i -> i.sequence,
                    i -> filter.test(Ec2Views.image(i)), request.maxResults(), request.nextToken());
            return Lookups.withMetadata(DescribeImagesResponse.builder()
                    .images(page.items().stream().map(Ec2Views::image).toList())
                    .nextToken(page.nextToken())).build();
        });
    }
}
