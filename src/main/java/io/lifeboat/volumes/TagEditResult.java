package io.lifeboat.volumes;

import io.lifeboat.aws.Problem;
import java.util.List;
import java.util.Map;

/** What a tag edit did: the changes applied, and the regions (with their resources) where it failed. */
public record TagEditResult(List<TagChange> applied, Map<String, Problem> failedRegions) {

    public TagEditResult {
        applied = List.copyOf(applied);
        failedRegions = Map.copyOf(failedRegions);
    }
}
