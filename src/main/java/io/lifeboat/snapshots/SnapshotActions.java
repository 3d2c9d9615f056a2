package io.lifeboat.snapshots;

import io.lifeboat.aws.AwsErrors;
import io.lifeboat.aws.Problem;
import io.lifeboat.aws.ProblemException;
import io.lifeboat.aws.ServiceClients;
import io.lifeboat.inventory.Ec2Converters;
import io.lifeboat.inventory.Ec2Snapshot;
import io.lifeboat.inventory.InventoryCache;
import io.lifeboat.inventory.InventoryLoader;
import io.lifeboat.inventory.RegionInventory;
import io.lifeboat.inventory.Tags;
import io.lifeboat.tasks.TaskContext;
import io.lifeboat.volumes.BackupTags;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.CreateSnapshotResponse;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/**
 * The actions on snapshots, for the desktop and the command line alike: snapshot now, change retention,
 * delete, and waiting for pending snapshots. Every call goes through the account's guarded clients (read-only
 * mode, audit, counting); each action updates the session's inventory with exactly what it changed, so no
 * view lists the region again. Copies and restores have classes of their own ({@link CopyQueue},
 * {@link VolumeRestore}).
 */
public final class SnapshotActions {

    /** Resources per CreateTags/DeleteTags call: the API takes up to 1,000 and advises smaller batches. */
    static final int TAG_BATCH = 200;
    private static final Set<InventoryLoader.Part> SNAPSHOTS_AND_IMAGES = EnumSet.of(InventoryLoader.Part.SNAPSHOTS,
            InventoryLoader.Part.IMAGES);

    private final ServiceClients clients;
    private final InventoryCache inventory;
    private final Pacing pacing;

    public SnapshotActions(ServiceClients clients, InventoryCache inventory, Pacing pacing) {
        this.clients = clients;
        this.inventory = inventory;
        this.pacing = pacing;
    }

    public InventoryCache inventory() {
        return inventory;
    }

    public Pacing pacing() {
        return pacing;
    }

    /** Copies to another region, as many at once as EC2 allows; see {@link CopyQueue}. */
    public List<CopyQueue.Progress> copy(CopyQueue.Request request, CopyQueue.Listener listener, TaskContext context)
            throws InterruptedException {
        return copy(request, listener, context, true);
    }

    /** As above; {@code untilCompleted == false} returns once every copy is started. */
    public List<CopyQueue.Progress> copy(CopyQueue.Request request, CopyQueue.Listener listener, TaskContext context,
                                         boolean untilCompleted) throws InterruptedException {
        return new CopyQueue(clients, inventory, pacing).run(request, listener, context, untilCompleted);
    }

    /** What is wrong with a restore before it is sent (empty when nothing). */
    public List<String> checkRestore(RestoreRequest request, TaskContext context) {
        return new VolumeRestore(clients, inventory, pacing).check(request, context);
    }

    /** A new volume from a snapshot, attached if asked; see {@link VolumeRestore}. */
    public VolumeRestore.Result restore(RestoreRequest request, TaskContext context) throws InterruptedException {
        return new VolumeRestore(clients, inventory, pacing).restore(request, context);
    }

    /** Takes the snapshot, tags applied at creation (never an untagged snapshot); it appears in memory at once, pending. */
    public Ec2Snapshot snapshotNow(SnapshotNow request, TaskContext context) {
        CreateSnapshotResponse made = clients.ec2(request.region()).createSnapshot(r -> r.volumeId(request.volumeId())
                .description(request.description())
                .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.SNAPSHOT)
                        .tags(Tags.toSdk(request.tags())).build()));
        Ec2Snapshot snapshot = Ec2Converters.snapshot(request.region(), made);
        inventory.update(request.region(), r -> r.withSnapshots(List.of(snapshot)), context);
        return snapshot;
    }

    /**
     * Waits until none of the snapshots is pending, asking EC2 once per {@link Pacing#every()} for all of them
     * (one paginated call); {@code progress} hears each round's answer, the inventory follows.
     */
    public List<Ec2Snapshot> watch(String region, Set<String> ids, Consumer<List<Ec2Snapshot>> progress, TaskContext context)
            throws InterruptedException {
        Set<String> waiting = new HashSet<>(ids);
        Map<String, Ec2Snapshot> last = new LinkedHashMap<>();
        while (!waiting.isEmpty()) {
            pacing.pause();
            context.checkCancelled();
            List<Ec2Snapshot> now = inventory.refreshSnapshots(region, waiting, context);
            Set<String> found = new HashSet<>();
            for (Ec2Snapshot snapshot : now) {
                last.put(snapshot.id(), snapshot);
                found.add(snapshot.id());
                if (!snapshot.pending()) {
                    waiting.remove(snapshot.id());
                }
            }
            waiting.retainAll(found);
            long done = ids.size() - waiting.size();
            context.progress(done, ids.size());
            context.message(done + " of " + ids.size() + " completed");
            progress.accept(List.copyOf(last.values()));
        }
        return List.copyOf(last.values());
    }

    /** Rewrites (or removes) {@code DeleteOn}: one call per new date and batch of 200, the rest go on if one fails. */
    public ActionResult applyRetention(RetentionChange change, TaskContext context) {
        Ec2Client ec2 = clients.ec2(change.region());
        Map<String, List<RetentionChange.Change>> byDate = change.changes().stream().collect(Collectors.groupingBy(
                c -> c.after() == null ? "" : c.after(), LinkedHashMap::new, Collectors.toList()));
        List<String> done = new ArrayList<>();
        Map<String, Problem> failed = new LinkedHashMap<>();
        Map<String, Ec2Snapshot> retagged = new HashMap<>();
        for (Map.Entry<String, List<RetentionChange.Change>> group : byDate.entrySet()) {
            List<RetentionChange.Change> all = group.getValue();
            for (int from = 0; from < all.size(); from += TAG_BATCH) {
                context.checkCancelled();
                List<RetentionChange.Change> batch = all.subList(from, Math.min(all.size(), from + TAG_BATCH));
                List<String> ids = batch.stream().map(c -> c.snapshot().id()).toList();
                try {
                    if (group.getKey().isEmpty()) {
                        ec2.deleteTags(r -> r.resources(ids).tags(Tag.builder().key(BackupTags.DELETE_ON).build()));
                    } else {
                        ec2.createTags(r -> r.resources(ids).tags(Tag.builder().key(BackupTags.DELETE_ON).value(group.getKey()).build()));
                    }
                    done.addAll(ids);
                    batch.forEach(c -> retagged.put(c.snapshot().id(), withDeleteOn(c.snapshot(), c.after())));
                } catch (RuntimeException e) {
                    Problem problem = AwsErrors.describe(e);
                    ids.forEach(id -> failed.put(id, problem));
                }
                context.progress(done.size() + failed.size(), change.changes().size());
            }
        }
        inventory.update(change.region(), r -> r.withSnapshots(retagged.values()), context);
        return new ActionResult(done, failed, Map.of());
    }

    /**
     * Checks a selection for deletion against the region's AMIs in memory (disabled ones included: they still
     * hold their snapshots), listing snapshots and AMIs only if no view has.
     */
    public DeletionCheck checkDeletion(String region, List<String> snapshotIds, TaskContext context) {
        RegionInventory known = inventory.region(region, SNAPSHOTS_AND_IMAGES, context);
        Map<String, String> imageBySnapshot = new HashMap<>();
        known.images().forEach(image -> image.snapshotIds().forEach(id -> imageBySnapshot.put(id, image.id())));
        List<Ec2Snapshot> deletable = new ArrayList<>();
        Map<String, String> inUse = new LinkedHashMap<>();
        for (Ec2Snapshot snapshot : named(known, snapshotIds)) {
            if (imageBySnapshot.containsKey(snapshot.id())) {
                inUse.put(snapshot.id(), imageBySnapshot.get(snapshot.id()));
            } else {
                deletable.add(snapshot);
            }
        }
        return new DeletionCheck(region, deletable, inUse);
    }

    /** The snapshots named, in that order, from the region's listing (made only if no view has); an unknown id is an error. */
    public List<Ec2Snapshot> snapshots(String region, List<String> snapshotIds, TaskContext context) {
        return named(inventory.region(region, EnumSet.of(InventoryLoader.Part.SNAPSHOTS), context), snapshotIds);
    }

    private static List<Ec2Snapshot> named(RegionInventory known, List<String> snapshotIds) {
        Map<String, Ec2Snapshot> byId = new HashMap<>();
        known.snapshots().forEach(s -> byId.put(s.id(), s));
        List<Ec2Snapshot> found = new ArrayList<>(snapshotIds.size());
        for (String id : snapshotIds) {
            Ec2Snapshot snapshot = byId.get(id);
            if (snapshot == null) {
                throw new ProblemException(new Problem(Problem.Kind.NOT_FOUND, "InvalidSnapshot.NotFound",
                        "There is no snapshot " + id + " of this account in " + known.region() + ".",
                        "Check the id and the region (--region), or refresh the view."));
            }
            found.add(snapshot);
        }
        return found;
    }

    /** Deletes what the check allows, one call each (EC2 has no batch delete); a snapshot already gone counts as deleted. */
    public ActionResult delete(DeletionCheck check, TaskContext context) {
        Ec2Client ec2 = clients.ec2(check.region());
        List<String> done = new ArrayList<>();
        Map<String, Problem> failed = new LinkedHashMap<>();
        for (Ec2Snapshot snapshot : check.deletable()) {
            context.checkCancelled();
            context.message("Deleting " + snapshot.id());
            try {
                ec2.deleteSnapshot(r -> r.snapshotId(snapshot.id()));
                done.add(snapshot.id());
            } catch (RuntimeException e) {
                Problem problem = AwsErrors.describe(e);
                if ("InvalidSnapshot.NotFound".equals(problem.code())) {
                    done.add(snapshot.id());
                } else {
                    failed.put(snapshot.id(), problem);
                }
            }
            context.progress(done.size() + failed.size(), check.deletable().size());
        }
        Set<String> gone = Set.copyOf(done);
        inventory.update(check.region(), r -> r.withoutSnapshots(gone), context);
        Map<String, String> refused = new LinkedHashMap<>();
        check.inUse().forEach((id, image) -> refused.put(id, "used by " + image + ": deregister the AMI first"));
        return new ActionResult(done, failed, refused);
    }

    private static Ec2Snapshot withDeleteOn(Ec2Snapshot s, String deleteOn) {
        Map<String, String> tags = new HashMap<>(s.tags());
        if (deleteOn == null) {
            tags.remove(BackupTags.DELETE_ON);
        } else {
            tags.put(BackupTags.DELETE_ON, deleteOn);
        }
        return new Ec2Snapshot(s.region(), s.id(), s.volumeId(), s.startTime(), s.state(), s.progressPercent(),
                s.volumeSizeGiB(), s.description(), s.encrypted(), tags);
    }
}
