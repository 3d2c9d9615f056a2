package io.lifeboat.volumes;

import java.util.List;

/**
 * The exact changes an edit will make, resource by resource, before anything is sent.
 *
 * @param unchanged resources selected that the edit would not change
 * @param skipped why some selected rows have nothing to edit (e.g. unattached volumes when editing instances)
 */
public record TagEditPlan(TagEdit edit, TagTarget target, List<TagChange> changes, int unchanged, List<String> skipped) {

    public TagEditPlan {
        changes = List.copyOf(changes);
        skipped = List.copyOf(skipped);
    }

    public boolean empty() {
        return changes.isEmpty();
    }
}
