package io.lifeboat.volumes;

import io.lifeboat.aws.AwsErrors;
import io.lifeboat.aws.Problem;
import io.lifeboat.aws.ServiceClients;
import io.lifeboat.inventory.Tags;
import io.lifeboat.tasks.TaskContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Tag;

/**
 * Bulk tag editing on volumes or their instances: a plan showing each resource's tags before and
 * after, then one pass that applies it with CreateTags/DeleteTags batched over resources that get
 * the same change (AWS takes up to 1,000 ids per call and recommends smaller batches).
 */
public final class TagEditor {

    static final int BATCH = 200;

    private final ServiceClients clients;

    public TagEditor(ServiceClients clients) {
        this.clients = clients;
    }

    public static TagEditPlan plan(List<VolumeRecord> selection, TagTarget target, TagEdit edit,
                                   BackupConvention convention) {
        List<String> problems = edit.problems(convention);
        if (!problems.isEmpty()) {
            throw new InvalidTagEditException(problems);
        }
        Map<String, TagChange> changes = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        int unchanged = 0;
        Set<String> seen = new LinkedHashSet<>();
        for (VolumeRecord record : selection) {
            String id;
            String label;
            Map<String, String> before;
            if (target == TagTarget.VOLUMES) {
                id = record.volumeId();
                label = record.name().isBlank() ? id : record.name();
                before = record.tags();
            } else if (record.instance() == null) {
                skipped.add(record.volumeId() + " is not attached to an instance");
                continue;
            } else {
                id = record.instance().id();
                label = record.instanceName().isBlank() ? id : record.instanceName();
                before = record.instanceTags();
            }
            if (!seen.add(id)) {
                continue;
            }
            Map<String, String> after = edit.applyTo(before);
            if (after.size() > 50) {
                throw new InvalidTagEditException(List.of(label + " would have " + after.size()
                        + " tags; AWS allows 50 per resource."));
            }
            TagChange change = new TagChange(record.region(), id, label, target, before, after);
            if (change.changesSomething()) {
                changes.put(id, change);
            } else {
                unchanged++;
            }
        }
        return new TagEditPlan(edit, target, new ArrayList<>(changes.values()), unchanged, skipped);
    }

    /** Applies the plan region by region; a region that fails does not stop the others. */
    public TagEditResult apply(TagEditPlan plan, TaskContext context) {
        Map<String, List<TagChange>> byRegion = new LinkedHashMap<>();
        plan.changes().forEach(c -> byRegion.computeIfAbsent(c.region(), k -> new ArrayList<>()).add(c));
        List<TagChange> applied = new ArrayList<>();
        Map<String, Problem> failed = new LinkedHashMap<>();
        int done = 0;
        context.progress(0, plan.changes().size());
        for (Map.Entry<String, List<TagChange>> region : byRegion.entrySet()) {
            context.checkCancelled();
            context.message("Tagging " + region.getValue().size() + " resources in " + region.getKey());
            try {
                applyInRegion(clients.ec2(region.getKey()), plan.edit(), region.getValue(), context);
                applied.addAll(region.getValue());
            } catch (RuntimeException e) {
                failed.put(region.getKey(), AwsErrors.describe(e));
            }
            done += region.getValue().size();
            context.progress(done, plan.changes().size());
        }
        return new TagEditResult(applied, failed);
    }

    /**
     * Every changed resource gets the whole edit: setting a tag to the value it already has, or
     * deleting a key that is absent, is harmless, and it keeps a bulk edit to one call per batch.
     */
    private static void applyInRegion(Ec2Client ec2, TagEdit edit, List<TagChange> changes, TaskContext context) {
        List<String> toSet = changes.stream().filter(c -> !c.setTags().isEmpty()).map(TagChange::resourceId).toList();
        List<String> toClear = changes.stream().filter(c -> !c.removedKeys().isEmpty()).map(TagChange::resourceId).toList();
        List<Tag> tags = Tags.toSdk(edit.set());
        for (List<String> batch : batches(toSet)) {
            context.checkCancelled();
            ec2.createTags(r -> r.resources(batch).tags(tags));
        }
        List<Tag> keys = edit.remove().stream().map(k -> Tag.builder().key(k).build()).toList();
        for (List<String> batch : batches(toClear)) {
            context.checkCancelled();
            ec2.deleteTags(r -> r.resources(batch).tags(keys));
        }
    }

    private static List<List<String>> batches(List<String> ids) {
        List<List<String>> batches = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += BATCH) {
            batches.add(List.copyOf(ids.subList(i, Math.min(ids.size(), i + BATCH))));
        }
        return batches;
    }
}
