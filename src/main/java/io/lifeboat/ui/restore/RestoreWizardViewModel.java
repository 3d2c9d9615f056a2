package io.lifeboat.ui.restore;

import io.lifeboat.app.RestoreJobCenter;
import io.lifeboat.app.Session;
import io.lifeboat.restore.ClusterSummary;
import io.lifeboat.restore.PlanRules;
import io.lifeboat.restore.RestoreJob;
import io.lifeboat.restore.RestorePlan;
import io.lifeboat.restore.RestorePlans;
import io.lifeboat.restore.RestoreReview;
import io.lifeboat.tasks.TaskRunner;
import io.lifeboat.tasks.TaskSpec;
import io.lifeboat.ui.common.DialogService;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The restore wizard's one state object, shared by its steps: the source, the point in time, the
 * target, the reviewed plan, the job it started and its cutover. Each step moves on only when what it
 * holds is right; the plan is checked against the account (reads only) on the way to the review, and
 * again when it starts.
 */
public final class RestoreWizardViewModel {

    public enum Step {
        SOURCE("Source"), TIME("Point in time"), TARGET("Target"), REVIEW("Review"), RUN("Run"), CUTOVER("Cutover");

        private final String label;

        Step(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final RestoreJobCenter center;
    private final PointInTimeViewModel time;
    private final TargetViewModel target;
    private final JobViewModel job;
    private final CutoverViewModel cutover;
    private final Object checkSlot = new Object();
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.SOURCE);
    private final ObservableList<ClusterSummary> sources = FXCollections.observableArrayList();
    private final ObjectProperty<ClusterSummary> source = new SimpleObjectProperty<>();
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanProperty checking = new SimpleBooleanProperty();
    private final ObjectProperty<RestorePlan> plan = new SimpleObjectProperty<>();
    private final ObjectProperty<RestoreReview> review = new SimpleObjectProperty<>();
    private Session session;
    private ClusterSummary prepared;
    private String refusal = "";
    private Runnable onClose = () -> { };

    public RestoreWizardViewModel(TaskRunner tasks, DialogService dialogs, RestoreJobCenter center, ZoneId zone) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.center = center;
        this.time = new PointInTimeViewModel(zone);
        this.target = new TargetViewModel(tasks);
        this.job = new JobViewModel(tasks, dialogs, center);
        this.cutover = new CutoverViewModel(tasks, dialogs, center);
        source.addListener((obs, was, now) -> problem.set(""));
        job.entryProperty().addListener((obs, was, now) -> {
            if (step.get() == Step.CUTOVER && CutoverViewModel.cutoverMoved(was, now)) {
                cutover.refresh();
            }
        });
        step.addListener((obs, was, now) -> problem.set(""));
    }

    /** A fresh wizard over the databases of a region, {@code chosen} preselected. */
    public void open(Session on, List<ClusterSummary> databases, ClusterSummary chosen) {
        session = on;
        job.sessionChanged(on);
        sources.setAll(databases);
        source.set(chosen);
        prepared = null;
        plan.set(null);
        review.set(null);
        job.follow(null);
        step.set(Step.SOURCE);
    }

    public void onClose(Runnable action) {
        onClose = action;
    }

    public void next() {
        problem.set("");
        switch (step.get()) {
            case SOURCE -> fromSource();
            case TIME -> fromTime();
            case TARGET -> fromTarget();
            case REVIEW -> start();
            case RUN -> fromRun();
            case CUTOVER -> close();
        }
    }

    public void back() {
        problem.set("");
        switch (step.get()) {
            case TIME -> step.set(Step.SOURCE);
            case TARGET -> step.set(Step.TIME);
            case REVIEW -> step.set(Step.TARGET);
            case CUTOVER -> step.set(Step.RUN);
            default -> { }
        }
    }

    /** Leaves the wizard; a started job goes on, in the job list. */
    public void close() {
        onClose.run();
    }

    private void fromSource() {
        ClusterSummary chosen = source.get();
        if (chosen == null) {
            problem.set("Choose the database to restore.");
        } else if (!chosen.supported()) {
            problem.set(chosen.id() + ": " + chosen.unsupported().orElseThrow() + ".");
        } else if (chosen.latestRestorableTime() == null) {
            problem.set(chosen.id() + " has no restorable time yet (no automated backup).");
        } else {
            if (chosen != prepared) {
                time.reset(chosen);
            }
            step.set(Step.TIME);
        }
    }

    private void fromTime() {
        if (!time.validate()) {
            problem.set(time.problemProperty().get());
            return;
        }
        if (source.get() != prepared) {
            prepared = source.get();
            target.prepare(session, prepared);
        }
        step.set(Step.TARGET);
    }

    private void fromTarget() {
        ClusterSummary chosen = source.get();
        RestorePlan built = new RestorePlan(plan.get() == null ? RestorePlans.newJobId() : plan.get().jobId(),
                chosen.region(), chosen.id(), chosen.cluster(), chosen.engine(), time.restoreTime(),
                io.lifeboat.restore.DbIdentifiers.normalize(target.idProperty().get()), target.typeProperty().get(),
                target.settings(), target.newInstances(), null);
        List<String> problems = new ArrayList<>(target.formProblems());
        problems.addAll(PlanRules.problems(built));
        if (!problems.isEmpty()) {
            problem.set(String.join(" ", problems));
            return;
        }
        plan.set(built);
        review.set(RestoreReview.of(built));
        refusal = "";
        step.set(Step.REVIEW);
        check(built);
    }

    /** Reads only: the source again, its window, the names, the security groups. */
    private void check(RestorePlan checked) {
        Session on = session;
        checking.set(true);
        tasks.submit(TaskSpec.titled("Check the restore of " + checked.sourceId() + " to " + checked.targetId())
                .resources(List.of(checked.sourceId(), checked.targetId())).onlyLatest(checkSlot)
                .<ClusterSummary>body(context -> center.check(checked, on.connection(), context))
                .onFailure(failure -> {
                    refusal = failure.problem().text();
                    problem.set(refusal);
                })
                .onFinished(() -> checking.set(false))
                .build());
    }

    private void start() {
        RestorePlan chosen = plan.get();
        Session on = session;
        if (chosen == null || checking.get() || !refusal.isEmpty()) {
            problem.set(refusal);
            return;
        }
        String instances = chosen.cluster() ? " and " + chosen.instances().size()
                + (chosen.instances().size() == 1 ? " instance" : " instances") : "";
        if (!dialogs.confirm("Restore " + chosen.sourceId() + "?", "This creates " + chosen.targetId() + instances
                + " (billed like any database) beside " + chosen.sourceId() + ", which is not modified.", "Start restore")) {
            return;
        }
        tasks.submit(TaskSpec.titled("Restore " + chosen.sourceId() + " to " + chosen.targetId()).mutating()
                .resources(List.of(chosen.sourceId(), chosen.targetId()))
                .<RestoreJob>body(context -> center.start(chosen, on.connection(), context))
                .onFailure(failure -> {
                    if (step.get() == Step.RUN && job.entryProperty().get() == null) {
                        step.set(Step.REVIEW);
                    }
                    problem.set(failure.problem().text());
                })
                .onFinished(job::reload)
                .build());
        job.follow(chosen.jobId());
        step.set(Step.RUN);
    }

    private void fromRun() {
        var current = job.entryProperty().get();
        if (current == null || current.job().status() != RestoreJob.Status.DONE) {
            problem.set("The DNS cutover comes once every instance is available.");
            return;
        }
        ClusterSummary chosen = source.get();
        cutover.load(session, chosen == null ? null : chosen.endpoint());
        step.set(Step.CUTOVER);
    }

    /** Switches the chosen CNAME to the job's new database. */
    public void switchDns() {
        cutover.switchDns(job.entryProperty().get(), job::reload);
    }

    void jobChanged(RestoreJob changed) {
        job.jobChanged(changed);
    }

    public PointInTimeViewModel time() { return time; }
    public TargetViewModel target() { return target; }
    public JobViewModel job() { return job; }
    public CutoverViewModel cutover() { return cutover; }
    public ObjectProperty<Step> stepProperty() { return step; }
    public ObservableList<ClusterSummary> sources() { return sources; }
    public ObjectProperty<ClusterSummary> sourceProperty() { return source; }
    public StringProperty problemProperty() { return problem; }
    public BooleanProperty checkingProperty() { return checking; }
    public ObjectProperty<RestorePlan> planProperty() { return plan; }
    public ObjectProperty<RestoreReview> reviewProperty() { return review; }
}
