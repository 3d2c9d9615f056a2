package io.lifeboat.inventory;

import io.lifeboat.aws.ServiceClients;
import io.lifeboat.tasks.TaskCancelledException;
import io.lifeboat.tasks.TaskContext;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The EC2 inventory of one session, per region: what {@link InventoryLoader} listed, kept so that
 * every view and service reads the same data and switching views lists nothing again. A caller asks
 * for a region and the parts it needs; parts not yet loaded are listed then (one paginated listing
 * each), the rest come from memory. {@link #reload} is Refresh; {@link #update} applies what an
 * action changed (a snapshot made, deleted or retagged) without listing anything.
 *
 * <p>Two callers asking for the same region at once share one listing: the second waits for the
 * first (interruptibly, so cancelling its task ends the wait) and finds the parts loaded.
 */
public final class InventoryCache {

    /**
     * A region's inventory changed after a reload or an action; called on the thread that changed it, with
     * the task that did (a view ignores its own reload, whose result it gets anyway).
     */
    @FunctionalInterface
    public interface Listener {
        void changed(String region, TaskContext cause);
    }

    private static final class Entry {
        final ReentrantLock lock = new ReentrantLock();
        volatile RegionInventory inventory;
        volatile Set<InventoryLoader.Part> loaded = EnumSet.noneOf(InventoryLoader.Part.class);
    }

    private static final Logger LOG = LoggerFactory.getLogger(InventoryCache.class);

    private final InventoryLoader loader;
    private final Executor io;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    /** @param io where regions and their listings load in parallel; must not be a small pool shared with the caller */
    public InventoryCache(InventoryLoader loader, Executor io) {
        this.loader = loader;
        this.io = io;
    }

    /** The account's inventory with the largest pages, loading on {@code io}. */
    public static InventoryCache of(ServiceClients clients, Executor io) {
        return new InventoryCache(new InventoryLoader(clients, clients.clock(), io), io);
    }

    /** One region's {@code parts}, listing only those not loaded yet. Blocking: call it from a task. */
    public RegionInventory region(String region, Set<InventoryLoader.Part> parts, TaskContext context) {
        return load(region, parts, false, context);
    }

    /** Several regions in parallel, each from memory where it can be; a region that fails does not stop the others. */
    public InventoryResult regions(List<String> regions, Set<InventoryLoader.Part> parts, TaskContext context,
                                   InventoryLoader.RegionListener listener) {
        return all(regions, parts, false, context, listener);
    }

    /** Refresh: lists {@code parts} of the regions again, whatever is in memory; the other parts stay as they are. */
    public InventoryResult reload(List<String> regions, Set<InventoryLoader.Part> parts, TaskContext context,
                                  InventoryLoader.RegionListener listener) {
        return all(regions, parts, true, context, listener);
    }

    /**
     * Refresh of one region: its {@code parts} listed again. Blocking; a failure is thrown, so the view asking
     * shows it instead of what was in memory before.
     */
    public RegionInventory reloadRegion(String region, Set<InventoryLoader.Part> parts, TaskContext context) {
        return load(region, parts, true, context);
    }

    /** What is in memory for the region now, without listing anything: any thread may ask. */
    public Optional<RegionInventory> cached(String region) {
        Entry entry = entries.get(region);
        return entry == null ? Optional.empty() : Optional.ofNullable(entry.inventory);
    }

    /** Every region in memory now (for what spans regions: copies of a snapshot elsewhere). */
    public List<RegionInventory> inMemory() {
        return entries.values().stream().map(e -> e.inventory).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * Applies a change an action made to a region in memory (nothing happens if the region was never
     * loaded: its first listing will show the change). Waits for a listing of the region under way,
     * so the change lands on the newest data.
     */
    public void update(String region, UnaryOperator<RegionInventory> change, TaskContext cause) {
        Entry entry = entries.get(region);
        if (entry == null) {
            return;
        }
        entry.lock.lock();
        try {
            if (entry.inventory == null) {
                return;
            }
            entry.inventory = change.apply(entry.inventory);
        } finally {
            entry.lock.unlock();
        }
        fire(region, cause);
    }

    /**
     * Reads some snapshots of a region as they are now (an action's result, a pending one's progress) and puts
     * them in memory; ids no longer found are removed. Returns what was found.
     */
    public List<Ec2Snapshot> refreshSnapshots(String region, Collection<String> ids, TaskContext context) {
        List<Ec2Snapshot> found = loader.snapshots(region, ids, context);
        Set<String> gone = new HashSet<>(ids);
        found.forEach(s -> gone.remove(s.id()));
        update(region, r -> r.withSnapshots(found).withoutSnapshots(gone), context);
        return found;
    }

    /** Reads some volumes of a region as they are now and puts them in memory. Returns what was found. */
    public List<Ec2Volume> refreshVolumes(String region, Collection<String> ids, TaskContext context) {
        List<Ec2Volume> found = loader.volumes(region, ids, context);
        update(region, r -> {
            RegionInventory next = r;
            for (Ec2Volume volume : found) {
                next = next.withVolume(volume);
            }
            return next;
        }, context);
        return found;
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    private InventoryResult all(List<String> regions, Set<InventoryLoader.Part> parts, boolean fresh, TaskContext context,
                                InventoryLoader.RegionListener listener) {
        return InventoryLoader.inParallel(regions, io, context, listener, region -> load(region, parts, fresh, context));
    }

    private RegionInventory load(String region, Set<InventoryLoader.Part> parts, boolean fresh, TaskContext context) {
        Entry entry = entries.computeIfAbsent(region, r -> new Entry());
        try {
            entry.lock.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TaskCancelledException();
        }
        boolean changed = false;
        try {
            Set<InventoryLoader.Part> missing = EnumSet.noneOf(InventoryLoader.Part.class);
            missing.addAll(parts);
            if (!fresh) {
                missing.removeAll(entry.loaded);
            }
            if (!missing.isEmpty()) {
                context.checkCancelled();
                RegionInventory listed = loader.load(region, missing, context);
                changed = fresh && !entry.loaded.isEmpty();
                entry.inventory = entry.inventory == null ? listed : merge(entry.inventory, listed, missing);
                Set<InventoryLoader.Part> now = EnumSet.copyOf(missing);
                now.addAll(entry.loaded);
                entry.loaded = now;
            }
            return entry.inventory;
        } finally {
            entry.lock.unlock();
            if (changed) {
                fire(region, context);
            }
        }
    }

    /** The parts just listed replace those in memory; the others stay. */
    private static RegionInventory merge(RegionInventory old, RegionInventory listed, Set<InventoryLoader.Part> parts) {
        return new RegionInventory(old.region(), listed.loadedAt(),
                parts.contains(InventoryLoader.Part.INSTANCES) ? listed.instances() : old.instances(),
                parts.contains(InventoryLoader.Part.VOLUMES) ? listed.volumes() : old.volumes(),
                parts.contains(InventoryLoader.Part.SNAPSHOTS) ? listed.snapshots() : old.snapshots(),
                parts.contains(InventoryLoader.Part.IMAGES) ? listed.images() : old.images());
    }

    private void fire(String region, TaskContext cause) {
        for (Listener listener : listeners) {
            try {
                listener.changed(region, cause);
            } catch (RuntimeException e) {
                LOG.warn("An inventory listener failed", e);
            }
        }
    }
}
