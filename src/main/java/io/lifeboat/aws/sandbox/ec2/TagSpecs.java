package io.lifeboat.aws.sandbox.ec2;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/**
 * TagSpecifications of a create call ("tags at creation"), checked before anything is created:
 * each specification names a resource type the operation creates, the tags obey the usual rules.
 */
final class TagSpecs {

    private final Map<String, List<Tag>> byType;

    private TagSpecs(Map<String, List<Tag>> byType) {
        this.byType = byType;
    }

    /**
     * @param allowed the resource types this operation creates ({@code volume}, {@code snapshot}, {@code instance})
     */
    static TagSpecs parse(Collection<TagSpecification> specifications, Set<String> allowed) {
        Map<String, List<Tag>> byType = new LinkedHashMap<>();
        for (TagSpecification spec : specifications == null ? List.<TagSpecification>of() : specifications) {
            String type = spec.resourceTypeAsString();
            if (type == null || !allowed.contains(type)) {
                throw Ec2Errors.invalidParameterValue("'" + type + "' is not a valid taggable resource type for this operation.");
            }
            ResourceTags.validate(spec.tags());
            byType.computeIfAbsent(type, k -> new ArrayList<>()).addAll(spec.tags());
        }
        for (List<Tag> tags : byType.values()) {
            new ResourceTags().checkLimit(tags);
        }
        return new TagSpecs(byType);
    }

    List<Tag> forType(String resourceType) {
        return byType.getOrDefault(resourceType, List.of());
    }

    /** A fresh tag set for a new resource of this type. */
    ResourceTags tagsFor(String resourceType) {
        ResourceTags tags = new ResourceTags();
        tags.put(forType(resourceType));
        return tags;
    }
}
