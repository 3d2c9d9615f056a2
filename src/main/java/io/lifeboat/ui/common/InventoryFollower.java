package io.lifeboat.ui.common;

import io.lifeboat.app.Session;
import io.lifeboat.inventory.InventoryCache;
import io.lifeboat.tasks.TaskContext;
import io.lifeboat.tasks.TaskRunner;
import java.util.List;
import java.util.function.Supplier;

/**
 * Keeps a view's rows in step with the session's EC2 inventory, which every view shares: when another
 * view's refresh or action changes a region this view shows, the view derives its rows again from
 * memory (no listing). A change that lands while the view's own load runs is applied after it, as
 * that load may have read the inventory before the change. Its own refresh it ignores: the load
 * brings the result anyway.
 */
public final class InventoryFollower {

    private final TaskRunner tasks;
    private final Supplier<List<String>> shownRegions;
    private final Runnable loadFromMemory;
    private final InventoryCache.Listener listener = this::changed;
    private Session session;
    private volatile TaskContext ownLoad;
    private boolean loading;
    private boolean changedMeanwhile;

    /** @param loadFromMemory the view's load from the inventory (on the callback thread) */
    public InventoryFollower(TaskRunner tasks, Supplier<List<String>> shownRegions, Runnable loadFromMemory) {
        this.tasks = tasks;
        this.shownRegions = shownRegions;
        this.loadFromMemory = loadFromMemory;
    }

    /** Follows the new session's inventory, and no longer the last one's. */
    public void follow(Session next) {
        if (session != null) {
            session.inventory().removeListener(listener);
        }
        session = next;
        next.inventory().addListener(listener);
    }

    /** The view submits a load (on the callback thread). */
    public void loadSubmitted() {
        loading = true;
    }

    /** Called first in the load's body, on its worker: changes that task makes are the view's own. */
    public void loadRunning(TaskContext context) {
        ownLoad = context;
    }

    /** The view's load ended, whatever the outcome (on the callback thread). */
    public void loadFinished() {
        loading = false;
        if (changedMeanwhile) {
            changedMeanwhile = false;
            loadFromMemory.run();
        }
    }

    private void changed(String region, TaskContext cause) {
        tasks.runOnCallbackThread(() -> {
            if (cause == ownLoad || session == null || !shownRegions.get().contains(region)) {
                return;
            }
            if (loading) {
                changedMeanwhile = true;
            } else {
                loadFromMemory.run();
            }
        });
    }
}
