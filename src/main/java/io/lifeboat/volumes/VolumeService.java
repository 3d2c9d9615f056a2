package io.lifeboat.volumes;

import io.lifeboat.aws.ServiceClients;
import io.lifeboat.inventory.InventoryCache;
import io.lifeboat.inventory.InventoryLoader;
import io.lifeboat.inventory.InventoryResult;
import io.lifeboat.inventory.RegionInventory;
import io.lifeboat.tasks.TaskContext;
import java.util.ArrayList;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;

/** The Volumes feature's engine: load the inventory of some regions, plan and apply tag edits. */
public final class VolumeService {

    /** What the Volumes view shows: the instances, volumes and snapshots of a region (AMIs too, for the views after it). */
    public static final Set<InventoryLoader.Part> PARTS = InventoryLoader.ALL;

    private final ServiceClients clients;
    private final VolumeInventory inventory;
    private final InventoryCache cache;

    /** With an inventory of its own (the command line: one listing per run). */
    public VolumeService(ServiceClients clients, BackupConvention convention, Executor io) {
        this(clients, convention, InventoryCache.of(clients, io));
    }

    public VolumeService(ServiceClients clients, BackupConvention convention, Executor io,
                         InventoryLoader.PageSizes pages) {
        this(clients, convention, new InventoryCache(new InventoryLoader(clients, clients.clock(), io, pages), io));
    }

    /** Over the session's inventory, shared with the other views. */
    public VolumeService(ServiceClients clients, BackupConvention convention, InventoryCache cache) {
        this.clients = clients;
        this.inventory = new VolumeInventory(new BackupPolicies(convention), clients.clock());
        this.cache = cache;
    }

    public BackupConvention convention() {
        return inventory.policies().convention();
    }

    /**
     * The regions' rows, from the session's inventory where it holds them (listing what it does not, regions
     * in parallel); a region that fails is reported and does not blank the others.
     */
    public VolumeLoad load(List<String> regions, TaskContext context, InventoryLoader.RegionListener listener) {
        return rows(cache.regions(regions, PARTS, context, listener));
    }

    /** Refresh: lists the regions again, for every view that shows them. */
    public VolumeLoad reload(List<String> regions, TaskContext context, InventoryLoader.RegionListener listener) {
        return rows(cache.reload(regions, PARTS, context, listener));
    }

    private VolumeLoad rows(InventoryResult result) {
        Instant loadedAt = result.regions().stream().map(RegionInventory::loadedAt).min(Instant::compareTo)
                .orElse(clients.clock().instant());
        return new VolumeLoad(records(result.regions()), result.failed(), loadedAt);
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

    /** Applies the edit, then puts the new tags in the shared inventory, so Backups and Snapshots see them too. */
    public TagEditResult applyTagEdit(TagEditPlan plan, TaskContext context) {
        TagEditResult result = new TagEditor(clients).apply(plan, context);
        Map<String, Map<String, Map<String, String>>> byRegion = new HashMap<>();
        result.applied().forEach(c -> byRegion.computeIfAbsent(c.region(), r -> new HashMap<>()).put(c.resourceId(), c.after()));
        byRegion.forEach((region, tagsById) -> cache.update(region, inventory -> inventory.retagged(tagsById), context));
        return result;
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
