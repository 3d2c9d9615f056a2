package io.lifeboat.aws.sandbox.ec2;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.CreateTagsRequest;
import software.amazon.awssdk.services.ec2.model.CreateTagsResponse;
import software.amazon.awssdk.services.ec2.model.DeleteTagsRequest;
import software.amazon.awssdk.services.ec2.model.DeleteTagsResponse;
import software.amazon.awssdk.services.ec2.model.Tag;

/**
 * CreateTags and DeleteTags over instances, volumes, snapshots and images. Every resource and every
 * tag is checked before any is changed: one bad id leaves all the others untouched, as on AWS.
 */
public final class TagOperations {

    private final Ec2State state;

    public TagOperations(Ec2State state) {
        this.state = state;
    }

    public CreateTagsResponse create(CreateTagsRequest request) {
        Ec2Errors.checkDryRun(request.dryRun());
        if (!request.hasResources() || request.resources().isEmpty()) {
            throw Ec2Errors.missingParameter("The request must contain the parameter resourceIdSet");
        }
        if (!request.hasTags() || request.tags().isEmpty()) {
            throw Ec2Errors.missingParameter("The request must contain the parameter tagSet");
        }
        ResourceTags.validate(request.tags());
        return state.locked(s -> {
            List<ResourceTags> targets = resolve(s, request.resources());
            for (ResourceTags tags : targets) {
                tags.checkLimit(request.tags());
            }
            targets.forEach(tags -> tags.put(request.tags()));
            return Lookups.withMetadata(CreateTagsResponse.builder()).build();
        });
    }

    public DeleteTagsResponse delete(DeleteTagsRequest request) {
        Ec2Errors.checkDryRun(request.dryRun());
        if (!request.hasResources() || request.resources().isEmpty()) {
            throw Ec2Errors.missingParameter("The request must contain the parameter resourceIdSet");
        }
        for (Tag tag : request.tags()) {
            if (tag.key() != null && tag.key().startsWith("aws:")) {
                throw Ec2Errors.invalidParameterValue("Value ( " + tag.key() + " ) for parameter key is invalid. "
                        + "Tag keys starting with 'aws:' are reserved for internal use");
            }
        }
        return state.locked(s -> {
            List<ResourceTags> targets = resolve(s, request.resources());
            boolean anyGiven = request.hasTags() && !request.tags().isEmpty();
            targets.forEach(tags -> tags.delete(request.tags(), anyGiven));
            return Lookups.withMetadata(DeleteTagsResponse.builder()).build();
        });
    }

    private static List<ResourceTags> resolve(Ec2State s, List<String> ids) {
        List<ResourceTags> targets = new ArrayList<>();
        for (String id : ids) {
            ResourceKind kind = ResourceKind.ofId(id)
                    .filter(k -> k != ResourceKind.RESERVATION)
                    .orElseThrow(() -> Ec2Errors.error("InvalidID", "The ID '" + id + "' is not valid"));
            targets.add(tagsOf(s, kind, id));
        }
        return targets;
    }

    private static ResourceTags tagsOf(Ec2State s, ResourceKind kind, String id) {
        return switch (kind) {
            case INSTANCE -> Lookups.require(kind, id, s.instances).tags;
            case VOLUME -> Lookups.require(kind, id, s.volumes).tags;
            case SNAPSHOT -> Lookups.require(kind, id, s.snapshots).tags;
            case IMAGE -> Lookups.require(kind, id, s.images).tags;
            default -> throw Ec2Errors.error("InvalidID", "The ID '" + id + "' is not valid");
        };
    }
}
