package io.lifeboat.backup;

import io.lifeboat.aws.ServiceClients;
import io.lifeboat.inventory.InventoryLoader;
import io.lifeboat.inventory.InventoryResult;
import io.lifeboat.tasks.TaskContext;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The backup engine as the desktop, the CLI and the Lambda use it: load the regions' inventories
 * (one paginated listing per resource type and region, regions in parallel), plan, run.
 */
public final class BackupService {

    private final ServiceClients clients;
    private final InventoryLoader loader;
    private final BackupRunner runner;

    public BackupService(ServiceClients clients, Executor io) {
        this(clients, io, InventoryLoader.PageSizes.LARGEST, Backoff.standard());
    }

    public BackupService(ServiceClients clients, Executor io, InventoryLoader.PageSizes pages, Backoff backoff) {
        this.clients = clients;
        this.loader = new InventoryLoader(clients, clients.clock(), io, pages);
        this.runner = new BackupRunner(clients, backoff);
    }

    /** Reads the regions and plans; a region that cannot be read is named in the plan, the others are planned. */
    public BackupPlan plan(List<String> regions, BackupSettings settings, TaskContext context) {
        context.message("Reading instances, volumes, snapshots and AMIs in " + String.join(", ", regions));
        InventoryResult inventory = loader.loadRegions(regions, InventoryLoader.ALL, context,
                new InventoryLoader.RegionListener() { });
        return plan(inventory, settings);
    }

    /** Plans over an inventory read beforehand (the desktop's, shared by its views); lists nothing. */
    public BackupPlan plan(InventoryResult inventory, BackupSettings settings) {
        return BackupPlanner.plan(inventory.regions(), settings, clients.clock().instant())
                .withFailedRegions(inventory.failed());
    }

    public BackupReport run(BackupPlan plan, RunScope scope, DeletionApproval approval, TaskContext context) {
        return runner.run(plan, scope, approval, context);
    }

    /**
     * Runs every region at once, starting no work that would pass {@code budget} (what is left is in the
     * report, for the next run), telling {@code listener} how each region progresses.
     */
    public BackupReport run(BackupPlan plan, RunScope scope, DeletionApproval approval, TaskContext context,
                            TimeBudget budget, RunListener listener) {
        return runner.run(plan, scope, approval, context, budget, listener);
    }
}
