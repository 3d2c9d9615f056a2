package io.lifeboat.ui.restore;

import io.lifeboat.app.RestoreJobCenter;
import io.lifeboat.app.RestoreJobEntry;
import io.lifeboat.app.Session;
import io.lifeboat.restore.ClusterSummary;
import io.lifeboat.restore.RestoreJob;
import io.lifeboat.tasks.TaskRunner;
import io.lifeboat.tasks.TaskSpec;
import io.lifeboat.ui.common.DialogService;
import io.lifeboat.ui.common.RegionRows;
import io.lifeboat.ui.common.RegionSelection;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Restore view: the region's databases with their restorable windows, the restore jobs of this
 * data directory (running, done, failed, with their DNS cutover; started here or by the command line),
 * the selected job's page, and the wizard.
 */
public final class RestoreViewModel {

    private static final int JOBS = 100;

    private final TaskRunner tasks;
    private final RestoreJobCenter center;
    private final RegionRows<ClusterSummary> databases;
    private final ObservableList<RestoreJobEntry> jobs = FXCollections.observableArrayList();
    private final ObjectProperty<RestoreJobEntry> selectedJob = new SimpleObjectProperty<>();
    private final JobViewModel jobPage;
    private final CutoverViewModel cutover;
    private final RestoreWizardViewModel wizard;
    private final BooleanProperty wizardOpen = new SimpleBooleanProperty();
    private final Object jobsSlot = new Object();
    private Session session;

    public RestoreViewModel(TaskRunner tasks, RegionSelection regions, DialogService dialogs, RestoreJobCenter center,
                            ZoneId zone) {
        this.tasks = tasks;
        this.center = center;
        this.databases = new RegionRows<>(tasks, regions, "databases",
                (on, region, context) -> on.clusters().list(region, context));
        this.jobPage = new JobViewModel(tasks, dialogs, center);
        this.cutover = new CutoverViewModel(tasks, dialogs, center);
        this.wizard = new RestoreWizardViewModel(tasks, dialogs, center, zone);
        wizard.onClose(() -> {
            wizardOpen.set(false);
            loadJobs();
        });
        selectedJob.addListener((obs, was, now) -> {
            String id = now == null ? null : now.job().id();
            if (was == null || now == null || !was.job().id().equals(id)) {
                jobPage.follow(id);
            }
        });
        center.addListener(this::jobChanged);
        jobPage.entryProperty().addListener((obs, was, now) -> {
            if (CutoverViewModel.cutoverMoved(was, now) && !cutover.zones().isEmpty()) {
                cutover.refresh();
            }
        });
    }

    public void sessionChanged(Session next) {
        session = next;
        wizardOpen.set(false);
        jobPage.sessionChanged(next);
        databases.sessionChanged(next);
        loadJobs();
    }

    /** Reads the jobs (local work); the selection stays on the same job. */
    public void loadJobs() {
        tasks.submit(TaskSpec.titled("Read the restore jobs").local().onlyLatest(jobsSlot)
                .<List<RestoreJobEntry>>body(context -> center.recent(JOBS))
                .onSuccess(read -> {
                    String selected = selectedJob.get() == null ? null : selectedJob.get().job().id();
                    jobs.setAll(read);
                    selectedJob.set(read.stream().filter(e -> e.job().id().equals(selected)).findFirst().orElse(null));
                })
                .build());
    }

    private void jobChanged(RestoreJob job) {
        wizard.jobChanged(job);
        jobPage.jobChanged(job);
        loadJobs();
    }

    /** Opens the wizard on the region's databases, {@code chosen} (if any) preselected. */
    public void restore(ClusterSummary chosen) {
        if (session == null) {
            return;
        }
        wizard.open(session, List.copyOf(databases.rows()), chosen);
        wizardOpen.set(true);
    }

    /** Switches the chosen CNAME for the selected job (one restored without a cutover, or reverted). */
    public void switchDns() {
        cutover.switchDns(selectedJob.get(), jobPage::reload);
    }

    /** Lists the zones for the selected job's cutover; the CNAME pointing at its source comes first. */
    public void prepareCutover() {
        RestoreJobEntry entry = selectedJob.get();
        String sourceEndpoint = entry == null ? null : databases.rows().stream()
                .filter(d -> d.id().equals(entry.job().plan().sourceId())).map(ClusterSummary::endpoint)
                .findFirst().orElse(null);
        cutover.load(session, sourceEndpoint);
    }

    public RegionRows<ClusterSummary> databases() { return databases; }
    public ObservableList<RestoreJobEntry> jobs() { return jobs; }
    public ObjectProperty<RestoreJobEntry> selectedJobProperty() { return selectedJob; }
    public JobViewModel jobPage() { return jobPage; }
    public CutoverViewModel cutover() { return cutover; }
    public RestoreWizardViewModel wizard() { return wizard; }
    public BooleanProperty wizardOpenProperty() { return wizardOpen; }
}
