package io.lifeboat.inventory;

import io.lifeboat.aws.AwsErrors;
import io.lifeboat.aws.Problem;
import io.lifeboat.aws.ServiceClients;
import io.lifeboat.tasks.TaskContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Image;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.Reservation;
import software.amazon.awssdk.services.ec2.model.Snapshot;
import software.amazon.awssdk.services.ec2.model.Volume;

/**
 * Loads what a region holds with the minimum of calls: one paginated listing per resource type,
 * each with the largest page the API allows, never a call per resource. Regions load in parallel,
 * and so do the listings within a region; a region that fails does not stop the others.
 */
public final class InventoryLoader {

    /** Page sizes per listing; {@link #LARGEST} is what the APIs allow and what production uses. */
    public record PageSizes(int instances, int volumes, int snapshots, int images) {
        public static final PageSizes LARGEST = new PageSizes(1000, 500, 1000, 1000);
    }

    public enum Part { INSTANCES, VOLUMES, SNAPSHOTS, IMAGES }

    public static final Set<Part> ALL = EnumSet.allOf(Part.class);

    private static final List<String> LIVE_INSTANCE_STATES = List.of("pending", "running", "shutting-down",
            "stopping", "stopped");

    private final ServiceClients clients;
    private final Clock clock;
    private final Executor io;
    private final PageSizes pages;

    /** @param io where listings run; must not be a small bounded pool shared with the caller */
    public InventoryLoader(ServiceClients clients, Clock clock, Executor io) {
        this(clients, clock, io, PageSizes.LARGEST);
    }

    public InventoryLoader(ServiceClients clients, Clock clock, Executor io, PageSizes pages) {
        this.clients = clients;
        this.clock = clock;
        this.io = io;
        this.pages = pages;
    }

    /** Hears of each region as it goes, for per-region progress. Called from worker threads. */
    public interface RegionListener {
        default void loaded(RegionInventory inventory) {
        }

        default void failed(String region, Problem problem) {
        }
    }

    public InventoryResult loadRegions(List<String> regions, Set<Part> parts, TaskContext context,
                                       RegionListener listener) {
        return inParallel(regions, io, context, listener, region -> load(region, parts, context));
    }

    /**
     * Runs {@code load} for each region in parallel on {@code io}, telling {@code listener} of each as it
     * ends; a region that fails is reported with its problem and does not stop the others.
     */
    static InventoryResult inParallel(List<String> regions, Executor io, TaskContext context, RegionListener listener,
                                      Function<String, RegionInventory> load) {
        AtomicInteger done = new AtomicInteger();
        context.progress(0, regions.size());
        Map<String, CompletableFuture<RegionInventory>> futures = new LinkedHashMap<>();
        for (String region : regions) {
            futures.put(region, CompletableFuture.supplyAsync(() -> load.apply(region), io)
                    .whenComplete((inventory, error) -> {
                        if (error == null) {
                            listener.loaded(inventory);
                        } else {
                            listener.failed(region, AwsErrors.describe(unwrap(error)));
                        }
                        context.progress(done.incrementAndGet(), regions.size());
                    }));
        }
        Map<String, RegionInventory> loaded = new LinkedHashMap<>();
        Map<String, Problem> failed = new LinkedHashMap<>();
        futures.forEach((region, future) -> {
            try {
                loaded.put(region, future.join());
            } catch (CompletionException e) {
                failed.put(region, AwsErrors.describe(unwrap(e)));
            }
        });
        context.checkCancelled();
        return new InventoryResult(loaded, failed);
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }

    /** One region, the listings asked for running in parallel. */
    public RegionInventory load(String region, Set<Part> parts, TaskContext context) {
        Ec2Client ec2 = clients.ec2(region);
        var instances = async(parts.contains(Part.INSTANCES), () -> instances(ec2, region, context));
        var volumes = async(parts.contains(Part.VOLUMES), () -> volumes(ec2, region, context));
        var snapshots = async(parts.contains(Part.SNAPSHOTS), () -> snapshots(ec2, region, context));
        var images = async(parts.contains(Part.IMAGES), () -> images(ec2, region, context));
        try {
            return new RegionInventory(region, clock.instant(), instances.join(), volumes.join(), snapshots.join(),
                    images.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    private <T> CompletableFuture<List<T>> async(boolean wanted, Supplier<List<T>> listing) {
        return wanted ? CompletableFuture.supplyAsync(listing, io) : CompletableFuture.completedFuture(List.of());
    }

    private List<Ec2Instance> instances(Ec2Client ec2, String region, TaskContext context) {
        List<Ec2Instance> result = new ArrayList<>();
        for (var page : ec2.describeInstancesPaginator(r -> r.maxResults(pages.instances())
                .filters(Filter.builder().name("instance-state-name").values(LIVE_INSTANCE_STATES).build()))) {
            context.checkCancelled();
            for (Reservation reservation : page.reservations()) {
                for (Instance instance : reservation.instances()) {
                    result.add(Ec2Converters.instance(region, instance));
                }
            }
        }
        return result;
    }

    private List<Ec2Volume> volumes(Ec2Client ec2, String region, TaskContext context) {
        List<Ec2Volume> result = new ArrayList<>();
        for (var page : ec2.describeVolumesPaginator(r -> r.maxResults(pages.volumes()))) {
            context.checkCancelled();
            for (Volume volume : page.volumes()) {
                result.add(Ec2Converters.volume(region, volume));
            }
        }
        return result;
    }

    private List<Ec2Snapshot> snapshots(Ec2Client ec2, String region, TaskContext context) {
        List<Ec2Snapshot> result = new ArrayList<>();
        for (var page : ec2.describeSnapshotsPaginator(r -> r.ownerIds("self").maxResults(pages.snapshots()))) {
            context.checkCancelled();
            for (Snapshot snapshot : page.snapshots()) {
                result.add(Ec2Converters.snapshot(region, snapshot));
            }
        }
        return result;
    }

    /** Filter values per call: the most an EC2 filter takes. */
    static final int IDS_PER_FILTER = 200;

    /**
     * Some snapshots by id, as they are now (an action's result, a pending one's progress): a {@code snapshot-id}
     * filter of up to 200 ids per call, paginated with the largest pages (ids given as {@code SnapshotIds} would
     * forbid pages, and fail the whole call for one that is gone). Ids not found are gone.
     */
    public List<Ec2Snapshot> snapshots(String region, Collection<String> ids, TaskContext context) {
        Ec2Client ec2 = clients.ec2(region);
        return byIds(ids, chunk -> ec2.describeSnapshotsPaginator(r -> r.ownerIds("self").maxResults(pages.snapshots())
                .filters(Filter.builder().name("snapshot-id").values(chunk).build())).snapshots(),
                Snapshot::snapshotId, context).stream().map(s -> Ec2Converters.snapshot(region, s)).toList();
    }

    /** Some volumes by id, as they are now, by the same means as {@link #snapshots(String, Collection, TaskContext)}. */
    public List<Ec2Volume> volumes(String region, Collection<String> ids, TaskContext context) {
        Ec2Client ec2 = clients.ec2(region);
        return byIds(ids, chunk -> ec2.describeVolumesPaginator(r -> r.maxResults(pages.volumes())
                .filters(Filter.builder().name("volume-id").values(chunk).build())).volumes(),
                Volume::volumeId, context).stream().map(v -> Ec2Converters.volume(region, v)).toList();
    }

    /** Lists {@code ids} a filter's worth at a time; what comes back is checked again, as an emulator may ignore a filter. */
    private static <T> List<T> byIds(Collection<String> ids, Function<List<String>, Iterable<T>> listing,
                                     Function<T, String> idOf, TaskContext context) {
        List<String> all = List.copyOf(ids);
        List<T> result = new ArrayList<>(all.size());
        for (int from = 0; from < all.size(); from += IDS_PER_FILTER) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + IDS_PER_FILTER));
            for (T item : listing.apply(chunk)) {
                context.checkCancelled();
                if (chunk.contains(idOf.apply(item))) {
                    result.add(item);
                }
            }
        }
        return result;
    }

    private List<Ec2Image> images(Ec2Client ec2, String region, TaskContext context) {
        List<Ec2Image> result = new ArrayList<>();
        // Disabled AMIs still hold their snapshots (DeleteSnapshot refuses them), but DescribeImages hides them unless asked.
        for (var page : ec2.describeImagesPaginator(r -> r.owners("self").includeDisabled(true).maxResults(pages.images()))) {
            context.checkCancelled();
            for (Image image : page.images()) {
                result.add(Ec2Converters.image(region, image));
            }
        }
        return result;
    }
}
