package io.lifeboat.ui.backup;

import io.lifeboat.app.BackupRuns;
import io.lifeboat.app.Session;
import io.lifeboat.backup.BackupPlan;
import io.lifeboat.backup.BackupReport;
import io.lifeboat.backup.BackupSettings;
import io.lifeboat.backup.DeletionApproval;
import io.lifeboat.backup.Misconfiguration;
import io.lifeboat.backup.PlanSkip;
import io.lifeboat.backup.RegionProgress;
import io.lifeboat.backup.RunScope;
import io.lifeboat.backup.SnapshotCreate;
import io.lifeboat.backup.SnapshotDeletion;
import io.lifeboat.backup.TimeBudget;
import io.lifeboat.inventory.InventoryLoader;
import io.lifeboat.inventory.InventoryResult;
import io.lifeboat.store.BackupRunHistory.BackupRun;
import io.lifeboat.tasks.TaskHandle;
import io.lifeboat.tasks.TaskRunner;
import io.lifeboat.tasks.TaskSpec;
import io.lifeboat.ui.common.DialogService;
import io.lifeboat.ui.common.InventoryFollower;
import io.lifeboat.ui.common.RegionSelection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Backups view's state and commands: the plan for the chosen regions (reloaded with the session),
 * running it as a task after the deletions are confirmed, the last report, the run history (read
 * from the local store as local work, never on the JavaFX thread).
 */
public final class BackupViewModel {

    /** Above this many deletions the user types the count instead of clicking. */
    static final int CONFIRM_BY_TYPING_ABOVE = 10;
    private static final int HISTORY = 50;

    private final TaskRunner tasks;
    private final RegionSelection regions;
    private final DialogService dialogs;
    private final BackupRuns history;
    private final Supplier<BackupSettings> settings;
    private final ObjectProperty<BackupPlan> plan = new SimpleObjectProperty<>();
    private final ObservableList<SnapshotCreate> creates = FXCollections.observableArrayList();
    private final ObservableList<SnapshotDeletion> deletions = FXCollections.observableArrayList();
    private final ObservableList<PlanSkip> skips = FXCollections.observableArrayList();
    private final ObservableList<Misconfiguration> misconfigurations = FXCollections.observableArrayList();
    private final ObjectProperty<BackupReport> report = new SimpleObjectProperty<>();
    private final ObservableList<OutcomeRow> outcomes = FXCollections.observableArrayList();
    private final ObservableList<BackupRun> runs = FXCollections.observableArrayList();
    private final ObservableList<RegionProgress> regionProgress = FXCollections.observableArrayList();
    private final Map<String, RegionProgress> latestProgress = new ConcurrentHashMap<>();
    private final AtomicBoolean progressPending = new AtomicBoolean();
    private volatile List<String> progressOrder = List.of();
    private final BooleanProperty planning = new SimpleBooleanProperty();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final StringProperty runTaskId = new SimpleStringProperty();
    private final Object planSlot = new Object();
    private final InventoryFollower inventory;
    private Session session;

    /** @param settings the tag convention and backup knobs, read at each plan so a change applies to the next */
    public BackupViewModel(TaskRunner tasks, RegionSelection regions, DialogService dialogs, BackupRuns history,
                           Supplier<BackupSettings> settings) {
        this.tasks = tasks;
        this.regions = regions;
        this.dialogs = dialogs;
        this.history = history;
        this.settings = settings;
        regions.onChosen(this::plan);
        inventory = new InventoryFollower(tasks, regions::regions, this::plan);
        plan.addListener((obs, was, now) -> {
            creates.setAll(now == null ? List.of() : now.creates());
            deletions.setAll(now == null ? List.of() : now.deletions());
            skips.setAll(now == null ? List.of() : now.skips());
            misconfigurations.setAll(now == null ? List.of() : now.misconfigurations());
        });
        report.addListener((obs, was, now) -> outcomes.setAll(now == null ? List.of() : OutcomeRow.of(now)));
    }

    /** A new connection: a new plan for this view's remembered regions (else its own), and the history. */
    public void sessionChanged(Session newSession) {
        session = newSession;
        inventory.follow(newSession);
        plan.set(null);
        report.set(null);
        regions.sessionChanged(newSession);
        plan();
        loadHistory();
    }

    /** Plans the chosen regions over the session's inventory (listing only regions no view has loaded yet). */
    public void plan() {
        plan(InventoryLoader.ALL, false);
    }

    /** Refresh: lists the chosen regions again (every view showing them follows), then plans. */
    public void refresh() {
        plan(InventoryLoader.ALL, true);
    }

    private void plan(Set<InventoryLoader.Part> parts, boolean reload) {
        Session current = session;
        if (current == null || running.get()) {
            return;
        }
        List<String> wanted = regions.regions();
        BackupSettings chosen = settings.get();
        planning.set(true);
        inventory.loadSubmitted();
        tasks.submit(TaskSpec.titled("Plan backups in " + String.join(", ", wanted)).resources(wanted).onlyLatest(planSlot)
                .<BackupPlan>body(context -> {
                    inventory.loadRunning(context);
                    InventoryLoader.RegionListener quiet = new InventoryLoader.RegionListener() { };
                    if (reload) {
                        current.inventory().reload(wanted, parts, context, quiet);
                    }
                    InventoryResult read = current.inventory().regions(wanted, InventoryLoader.ALL, context, quiet);
                    return current.backups().plan(read, chosen);
                })
                .onSuccess(plan::set)
                .onFinished(() -> {
                    planning.set(false);
                    inventory.loadFinished();
                })
                .build());
    }

    /**
     * Runs the plan on screen. Deletions need a yes that states their count (typed when there are many);
     * declining runs nothing. {@link RunScope#CREATE_ONLY} asks nothing: it deletes nothing.
     */
    public void run(RunScope scope) {
        BackupPlan current = plan.get();
        Session on = session;
        if (current == null || on == null || running.get()) {
            return;
        }
        boolean prunes = scope.prunes() && !current.deletions().isEmpty();
        if (current.creates().isEmpty() && !prunes) {
            dialogs.showInformation("Nothing to back up", "Every covered volume already has today's snapshot"
                    + (scope.prunes() ? " and no automated snapshot is due for deletion." : "."));
            return;
        }
        DeletionApproval approval = null;
        if (prunes) {
            if (!confirmDeletions(current)) {
                return;
            }
            approval = DeletionApproval.of(current);
        }
        DeletionApproval approved = approval;
        running.set(true);
        latestProgress.clear();
        regionProgress.clear();
        progressOrder = current.regions();
        TaskHandle<BackupReport> handle = tasks.submit(TaskSpec.titled(title(current, scope)).mutating()
                .resources(current.regions())
                .<BackupReport>body(context -> {
                    BackupReport done = on.backups().run(current, scope, approved, context, TimeBudget.none(),
                            this::progressed);
                    history.record(done, on);
                    return done;
                })
                .onSuccess(report::set)
                // Success, failure or cancel: the run is over, its history row exists, the plan is out of date.
                .onFinished(() -> {
                    running.set(false);
                    loadHistory();
                    if (session == on) {
                        // The run made and deleted snapshots: those are listed again, the rest is as it was.
                        plan(EnumSet.of(InventoryLoader.Part.SNAPSHOTS), true);
                    }
                })
                .build());
        runTaskId.set(handle.id());
    }

    /**
     * A region's progress, from the run's worker threads: the latest per region is kept, and handed to
     * the callback thread once for however many arrive meanwhile.
     */
    private void progressed(RegionProgress progress) {
        latestProgress.put(progress.region(), progress);
        if (progressPending.compareAndSet(false, true)) {
            tasks.runOnCallbackThread(this::showProgress);
        }
    }

    private synchronized void showProgress() {
        progressPending.set(false);
        regionProgress.setAll(progressOrder.stream().map(latestProgress::get).filter(Objects::nonNull).toList());
    }

    private boolean confirmDeletions(BackupPlan current) {
        int count = current.deletions().size();
        String title = "Delete " + count + (count == 1 ? " expired snapshot?" : " expired snapshots?");
        String message = "This run snapshots " + current.totals().volumes() + " volumes, then deletes " + count
                + " automated snapshots (" + current.totals().gibFreed() + " GiB of volume data) whose DeleteOn date "
                + "has come. Deleted snapshots cannot be recovered.";
        return count > CONFIRM_BY_TYPING_ABOVE
                ? dialogs.confirmByTyping(title, message, Integer.toString(count))
                : dialogs.confirm(title, message, "Run and delete " + count);
    }

    private static String title(BackupPlan plan, RunScope scope) {
        String what = "Back up " + plan.totals().volumes() + " volumes";
        if (scope.prunes() && !plan.deletions().isEmpty()) {
            what += ", delete " + plan.deletions().size() + " snapshots";
        }
        return what + " in " + String.join(", ", plan.regions());
    }

    /** Reads the runs made from this machine, newest first. */
    public void loadHistory() {
        tasks.submit(TaskSpec.titled("Read the backup history").local()
                .body(context -> history.recent(HISTORY))
                .onSuccess(runs::setAll)
                .build());
    }

    /** Shows a past run's report. */
    public void open(BackupRun run) {
        tasks.submit(TaskSpec.titled("Read the report of the backup run " + run.id()).local()
                .body(context -> history.report(run.id()))
                .onSuccess(found -> found.ifPresent(report::set))
                .build());
    }

    /** The commands that deploy the scheduled Lambda for this connection, with these settings. */
    public DeployCommands deployCommands() {
        var connection = session.connection();
        String profile = connection.spec().sandbox() ? "YOUR_PROFILE" : connection.spec().profile();
        return new DeployCommands(profile, connection.homeRegion(), connection.accountId(), regions.regions(),
                settings.get());
    }

    public RegionSelection regions() {
        return regions;
    }

    public ObjectProperty<BackupPlan> planProperty() {
        return plan;
    }

    public ObservableList<SnapshotCreate> creates() {
        return creates;
    }

    public ObservableList<SnapshotDeletion> deletions() {
        return deletions;
    }

    public ObservableList<PlanSkip> skips() {
        return skips;
    }

    public ObservableList<Misconfiguration> misconfigurations() {
        return misconfigurations;
    }

    public ObjectProperty<BackupReport> reportProperty() {
        return report;
    }

    ObservableList<OutcomeRow> outcomes() {
        return outcomes;
    }

    public ObservableList<BackupRun> runs() {
        return runs;
    }

    /** Each region's progress while a run goes (the callback thread's), in the plan's order of regions. */
    public ObservableList<RegionProgress> regionProgress() {
        return regionProgress;
    }

    public BooleanProperty planningProperty() {
        return planning;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    /** The task running the plan now, to bind its progress; {@code null} before the first run. */
    public StringProperty runTaskIdProperty() {
        return runTaskId;
    }
}
