package io.lifeboat.ui.restore;

import io.lifeboat.app.RestoreJobCenter;
import io.lifeboat.app.RestoreJobEntry;
import io.lifeboat.app.Session;
import io.lifeboat.restore.Cutover;
import io.lifeboat.restore.JobStep;
import io.lifeboat.restore.RecordChangedException;
import io.lifeboat.restore.RestoreJob;
import io.lifeboat.tasks.TaskRunner;
import io.lifeboat.tasks.TaskSpec;
import io.lifeboat.ui.common.DialogService;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One restore job's page: its steps with their state and time, its DNS cutover, and what can be done
 * (resume or retry, revert). It follows the job as it is saved, whoever runs it.
 */
public final class JobViewModel {

    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final RestoreJobCenter center;
    private final Object loadSlot = new Object();
    private final ObjectProperty<RestoreJobEntry> entry = new SimpleObjectProperty<>();
    private final ObservableList<JobStep> steps = FXCollections.observableArrayList();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty cutover = new SimpleStringProperty("");
    private final BooleanProperty canResume = new SimpleBooleanProperty();
    private final BooleanProperty canRevert = new SimpleBooleanProperty();
    private final BooleanProperty canSwitch = new SimpleBooleanProperty();
    private final BooleanProperty working = new SimpleBooleanProperty();
    private Session session;
    private String jobId;

    public JobViewModel(TaskRunner tasks, DialogService dialogs, RestoreJobCenter center) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.center = center;
        entry.addListener((obs, was, now) -> show(now));
    }

    void sessionChanged(Session next) {
        session = next;
    }

    /** Follows the job {@code id} (or none). */
    public void follow(String id) {
        jobId = id;
        if (id == null) {
            entry.set(null);
            return;
        }
        reload();
    }

    /** A job was saved: read it again if it is this page's. */
    void jobChanged(RestoreJob job) {
        if (job.id().equals(jobId)) {
            reload();
        }
    }

    void reload() {
        String id = jobId;
        tasks.submit(TaskSpec.titled("Read restore job " + id).local().onlyLatest(loadSlot)
                .<Optional<RestoreJobEntry>>body(context -> center.find(id))
                .onSuccess(found -> {
                    if (id.equals(jobId)) {
                        entry.set(found.orElse(null));
                    }
                })
                .build());
    }

    /** Runs the job from its first step not done: a failed step again, or an interrupted job on. */
    public void resume() {
        RestoreJobEntry current = entry.get();
        Session on = session;
        if (current == null || on == null || !current.resumable()) {
            return;
        }
        run("Resume restore job " + current.job().id(), current, context -> center.resume(current.job().id(),
                on.connection(), context));
    }

    /** Puts the CNAME back as it was; if someone changed it since the cutover, asks before overwriting it. */
    public void revert() {
        RestoreJobEntry current = entry.get();
        Session on = session;
        if (current == null || on == null || !canRevert.get()) {
            return;
        }
        Cutover c = current.job().cutover();
        if (!dialogs.confirm("Revert " + c.target().recordName() + "?", "Point " + c.target().recordName()
                + " back to " + c.previous().value() + " (TTL " + c.previous().ttl() + " s). Applications follow within "
                + "the TTL.", "Revert")) {
            return;
        }
        revert(current, false);
    }

    private void revert(RestoreJobEntry current, boolean evenIfChanged) {
        Session on = session;
        working.set(true);
        tasks.submit(TaskSpec.titled("Revert the DNS cutover of restore job " + current.job().id()).mutating()
                .resources(List.of(current.job().cutover().target().recordName()))
                .<RestoreJob>body(context -> center.revert(current.job().id(), evenIfChanged, on.connection(), context))
                .onFailure(failure -> {
                    if (failure.error() instanceof RecordChangedException changed && dialogs.confirm("Revert anyway?",
                            changed.problem().message() + "\n\n" + changed.problem().fix(), "Revert anyway")) {
                        revert(current, true);
                    }
                })
                .onFinished(() -> {
                    working.set(false);
                    reload();
                })
                .build());
    }

    private void run(String what, RestoreJobEntry current, io.lifeboat.tasks.TaskBody<RestoreJob> body) {
        working.set(true);
        tasks.submit(TaskSpec.titled(what).mutating().resources(List.of(current.job().plan().targetId()))
                .body(body)
                .onFinished(() -> {
                    working.set(false);
                    reload();
                })
                .build());
    }

    private void show(RestoreJobEntry now) {
        if (now == null) {
            steps.clear();
            title.set("");
            status.set("");
            cutover.set("");
            canResume.set(false);
            canRevert.set(false);
            canSwitch.set(false);
            return;
        }
        RestoreJob job = now.job();
        steps.setAll(job.steps());
        title.set("Job " + job.id() + ": " + job.plan().sourceId() + " as of " + (job.plan().time().latest()
                ? "its latest restorable time" : job.plan().time().at().toString()) + " → " + job.plan().targetId());
        status.set(now.status() + ", " + duration(job.elapsed(now())) + (job.status() == RestoreJob.Status.DONE ? ""
                : job.current().map(s -> ": " + s.label()).orElse("")));
        cutover.set(cutoverText(job.cutover()));
        canResume.set(now.resumable());
        canSwitch.set(job.status() == RestoreJob.Status.DONE && !now.runningHere() && now.elsewhere() == null
                && (job.cutover() == null || job.cutover().state() == Cutover.State.REVERTED));
        canRevert.set(job.cutover() != null && job.cutover().previous() != null && !now.runningHere()
                && (job.cutover().state() == Cutover.State.SWITCHED || job.cutover().state() == Cutover.State.REVERTING));
    }

    static String cutoverText(Cutover c) {
        if (c == null) {
            return "No DNS cutover yet.";
        }
        String record = c.target().recordName();
        return switch (c.state()) {
            case PLANNED -> record + " will be switched once every instance is available.";
            case SWITCHING -> record + ": switching to " + c.newValue() + " (was " + c.previous().value() + ")";
            case SWITCHED -> record + " → " + c.newValue() + " (was " + c.previous().value() + ", TTL "
                    + c.previous().ttl() + " s)";
            case REVERTING -> record + ": reverting to " + c.previous().value();
            case REVERTED -> record + " reverted to " + c.previous().value();
        };
    }

    /** Times moved on: the page shows them again (the view calls it each second while a job runs). */
    public void tick() {
        RestoreJobEntry current = entry.get();
        if (current != null && current.job().status() == RestoreJob.Status.RUNNING) {
            show(current);
        }
    }

    /** How long a step ran, or has been running. */
    public String elapsed(JobStep step) {
        Duration d = step.elapsed(now());
        return d == null ? "" : duration(d);
    }

    static String duration(Duration d) {
        return d.toHours() > 0 ? d.toHours() + " h " + d.toMinutesPart() + " min"
                : d.toMinutes() > 0 ? d.toMinutes() + " min " + d.toSecondsPart() + " s" : d.toSeconds() + " s";
    }

    private java.time.Instant now() {
        Session on = session;
        return on == null ? Clock.systemUTC().instant() : on.connection().clients().clock().instant();
    }

    public ObjectProperty<RestoreJobEntry> entryProperty() { return entry; }
    public ObservableList<JobStep> steps() { return steps; }
    public StringProperty titleProperty() { return title; }
    public StringProperty statusProperty() { return status; }
    public StringProperty cutoverProperty() { return cutover; }
    public BooleanProperty canResumeProperty() { return canResume; }
    public BooleanProperty canRevertProperty() { return canRevert; }
    /** The job is done and has no DNS cutover in place: one can be made. */
    public BooleanProperty canSwitchProperty() { return canSwitch; }
    public BooleanProperty workingProperty() { return working; }
}
