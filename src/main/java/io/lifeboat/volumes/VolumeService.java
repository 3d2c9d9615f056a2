package io.lifeboat.volumes;

import io.lifeboat.aws.ServiceClients;
import io.lifeboat.inventory.InventoryLoader;
import io.lifeboat.inventory.InventoryResult;
import io.lifeboat.inventory.RegionInventory;
import io.lifeboat.tasks.TaskContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/** The Volumes feature's engine: load the inventory of some regions, plan and apply tag edits. */
public final class VolumeService {

    private final ServiceClients clients;
    private final VolumeInventory inventory;
    private final InventoryLoader loader;

    public VolumeService(ServiceClients clients, BackupConvention convention, Executor io) {
        this(clients, convention, io, InventoryLoader.PageSizes.LARGEST);
    }

    public VolumeService(ServiceClients clients, BackupConvention convention, Executor io,
                         InventoryLoader.PageSizes pages) {
        this.clients = clients;
        this.inventory = new VolumeInventory(new BackupPolicies(convention), clients.clock());
        this.loader = new InventoryLoader(clients, clients.clock(), io, pages);
    }

    public BackupConvention convention() {
        return inventory.policies().convention();
    }

    /** Loads the regions in parallel; a region that fails is reported and does not blank the others. */
    public VolumeLoad load(List<String> regions, TaskContext context, InventoryLoader.RegionListener listener) {
        InventoryResult result = loader.loadRegions(regions, EnumSet.of(InventoryLoader.Part.INSTANCES,
                InventoryLoader.Part.VOLUMES, InventoryLoader.Part.SNAPSHOTS), context, listener);
        return new VolumeLoad(records(result.regions()), result.failed(), clients.clock().instant());
    }

    public List<VolumeRecord> records(List<RegionInventory> regions) {
        List<VolumeRecord> records = new ArrayList<>();
        for (RegionInventory region : regions) {
            records.addAll(inventory.records(region));
        }
        return records;
    }

    public TagEditPlan planTagEdit(List<VolumeRecord> selection, TagTarget target, TagEdit edit) {
        return TagEditor.plan(selection, target, edit, convention());
    }

    public TagEditResult applyTagEdit(TagEditPlan plan, TaskContext context) {
        return new TagEditor(clients).apply(plan, context);
    }

    /**
     * The rows as they are after an edit, re-derived from the tags now on each resource, without a
     * reload: a changed instance updates every one of its volumes.
     */
    public List<VolumeRecord> afterEdit(List<VolumeRecord> rows, TagEditResult result) {
        Map<String, Map<String, String>> tagsById = new HashMap<>();
        result.applied().forEach(c -> tagsById.put(c.resourceId(), c.after()));
        List<VolumeRecord> updated = new ArrayList<>(rows.size());
        for (VolumeRecord row : rows) {
            Map<String, String> volumeTags = tagsById.get(row.volumeId());
            Map<String, String> instanceTags = row.instanceId() == null ? null : tagsById.get(row.instanceId());
            updated.add(volumeTags == null && instanceTags == null ? row
                    : inventory.retagged(row, volumeTags, instanceTags));
        }
        return updated;
    }
}
