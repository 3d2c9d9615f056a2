package io.lifeboat.ui.snapshots;

import io.lifeboat.app.Session;
import io.lifeboat.backup.BackupSettings;
import io.lifeboat.inventory.Ec2Instance;
import io.lifeboat.inventory.Ec2Snapshot;
import io.lifeboat.snapshots.ActionResult;
import io.lifeboat.snapshots.CopyQueue;
import io.lifeboat.snapshots.DeletionCheck;
import io.lifeboat.snapshots.RegionSnapshots;
import io.lifeboat.snapshots.RestoreRequest;
import io.lifeboat.snapshots.RetentionChange;
import io.lifeboat.snapshots.SnapshotNow;
import io.lifeboat.snapshots.VolumeRestore;
import io.lifeboat.tasks.TaskRunner;
import io.lifeboat.tasks.TaskSpec;
import io.lifeboat.ui.common.DialogService;
import io.lifeboat.volumes.VolumeRecord;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The actions of the Snapshots view, each a task of the task layer (mutating: audited, refused in
 * read-only mode by the guards below), each asking first what the user wants (a form) and confirming what
 * cannot be undone (deletion: count and size; keep: DeleteOn removed). Snapshots being taken and copies
 * under way are followed in {@link #underWay()}.
 */
public final class SnapshotActionsViewModel {

    /** Above this many deletions the user types the count instead of clicking. */
    static final int CONFIRM_BY_TYPING_ABOVE = 10;

    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final SnapshotForms forms;
    private final Consumer<String> notify;
    private final Supplier<BackupSettings> settings;
    private final Supplier<Session> session;
    private final Supplier<RegionSnapshots> data;
    private final ObservableList<ProgressRow> underWay = FXCollections.observableArrayList();

    public SnapshotActionsViewModel(TaskRunner tasks, DialogService dialogs, SnapshotForms forms, Consumer<String> notify,
                                    Supplier<BackupSettings> settings, Supplier<Session> session,
                                    Supplier<RegionSnapshots> data) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.forms = forms;
        this.notify = notify;
        this.settings = settings;
        this.session = session;
        this.data = data;
    }

    private LocalDate todayUtc(Session on) {
        return LocalDate.ofInstant(on.connection().clients().clock().instant(), ZoneOffset.UTC);
    }

    /** Takes a snapshot of the volume now, tagged as its policy would tag it, then follows it until completed. */
    public void snapshotNow(VolumeRecord volume) {
        Session on = session.get();
        if (on == null || volume == null) {
            return;
        }
        SnapshotNowForm form = new SnapshotNowForm(volume, settings.get(), todayUtc(on));
        if (!forms.snapshotNow(form)) {
            return;
        }
        SnapshotNow request = form.request();
        tasks.submit(TaskSpec.titled("Snapshot " + volume.volumeId() + " now").resources(List.of(volume.volumeId())).mutating()
                .<Ec2Snapshot>body(context -> on.snapshotActions().snapshotNow(request, context))
                .onSuccess(made -> {
                    notify.accept("Snapshot " + made.id() + " started, kept until " + request.deleteOn());
                    follow(on, made);
                })
                .build());
    }

    /** Follows a pending snapshot until it completes: one paginated call per round for all, the inventory updated. */
    private void follow(Session on, Ec2Snapshot snapshot) {
        show(new ProgressRow(snapshot.id(), "Snapshot of " + snapshot.volumeId(), snapshot.id(), snapshot.state(),
                snapshot.progressPercent()));
        tasks.submit(TaskSpec.titled("Follow " + snapshot.id() + " until completed").resources(List.of(snapshot.id()))
                .<List<Ec2Snapshot>>body(context -> on.snapshotActions().watch(snapshot.region(), Set.of(snapshot.id()),
                        round -> tasks.runOnCallbackThread(() -> round.forEach(s -> show(new ProgressRow(s.id(),
                                "Snapshot of " + s.volumeId(), s.id(), s.state(), s.progressPercent())))), context))
                .build());
    }

    public void changeRetention(List<Ec2Snapshot> snapshots) {
        Session on = session.get();
        RegionSnapshots region = data.get();
        if (on == null || region == null || snapshots.isEmpty()) {
            return;
        }
        RetentionForm form = new RetentionForm(region.region(), snapshots, todayUtc(on));
        if (!forms.retention(form)) {
            return;
        }
        RetentionChange change = form.change();
        long due = change.dueBy(todayUtc(on));
        if (change.keep() && !dialogs.confirm("Keep " + count(snapshots.size()) + " indefinitely?", "Their DeleteOn tag is "
                + "removed: the backup engine will never delete them, and they cost storage until someone does.",
                "Keep indefinitely")) {
            return;
        }
        if (due > 0 && !dialogs.confirm(count(due) + " would be due for deletion", due + " of them get a DeleteOn of today "
                + "or earlier: the next prune deletes them.", "Change retention")) {
            return;
        }
        tasks.submit(TaskSpec.titled((change.keep() ? "Keep " : "Change retention of ") + count(snapshots.size()))
                .resources(ids(snapshots)).mutating()
                .<ActionResult>body(context -> on.snapshotActions().applyRetention(change, context))
                .onSuccess(result -> report(result, "changed", "Retention changed on "))
                .build());
    }

    /** Checks the selection against the AMIs, confirms the count and size, then deletes. */
    public void delete(List<Ec2Snapshot> snapshots) {
        Session on = session.get();
        RegionSnapshots region = data.get();
        if (on == null || region == null || snapshots.isEmpty()) {
            return;
        }
        tasks.submit(TaskSpec.titled("Check " + snapshots.size() + " snapshots before deleting them").resources(ids(snapshots))
                .<DeletionCheck>body(context -> on.snapshotActions().checkDeletion(region.region(), ids(snapshots), context))
                .onSuccess(check -> confirmAndDelete(on, check))
                .build());
    }

    private void confirmAndDelete(Session on, DeletionCheck check) {
        String refused = check.inUse().entrySet().stream().map(e -> e.getKey() + " (used by " + e.getValue() + ")")
                .collect(Collectors.joining(", "));
        if (check.deletable().isEmpty()) {
            dialogs.showInformation("Nothing can be deleted", "An AMI uses each of them: " + refused
                    + ". Deregister the AMI first.");
            return;
        }
        int count = check.deletable().size();
        String title = "Delete " + count + (count == 1 ? " snapshot?" : " snapshots?");
        String message = count + (count == 1 ? " snapshot holding " : " snapshots holding ") + check.gib() + " GiB of volume "
                + "data (snapshots are incremental: the storage freed may be less). Deleted snapshots cannot be recovered."
                + (refused.isEmpty() ? "" : "\n\nNot deleted, an AMI uses them: " + refused + ".");
        boolean yes = count > CONFIRM_BY_TYPING_ABOVE ? dialogs.confirmByTyping(title, message, Integer.toString(count))
                : dialogs.confirm(title, message, "Delete " + count);
        if (!yes) {
            return;
        }
        tasks.submit(TaskSpec.titled("Delete " + count + " snapshots in " + check.region()).mutating()
                .resources(check.deletable().stream().map(Ec2Snapshot::id).toList())
                .<ActionResult>body(context -> on.snapshotActions().delete(check, context))
                .onSuccess(result -> report(result, "deleted", "Deleted "))
                .build());
    }

    public void copy(List<Ec2Snapshot> snapshots) {
        Session on = session.get();
        RegionSnapshots region = data.get();
        if (on == null || region == null || snapshots.isEmpty()) {
            return;
        }
        CopyForm form = new CopyForm(region.region(), snapshots, on.enabledRegionsIfKnown().orElse(List.of()), todayUtc(on));
        if (!forms.copy(form)) {
            return;
        }
        CopyQueue.Request request = form.request();
        snapshots.forEach(s -> show(new ProgressRow(s.id(), "Copy of " + s.id() + " to " + request.destinationRegion(), "",
                "queued", 0)));
        tasks.submit(TaskSpec.titled("Copy " + snapshots.size() + " snapshots to " + request.destinationRegion()).mutating()
                .resources(ids(snapshots))
                .<List<CopyQueue.Progress>>body(context -> on.snapshotActions().copy(request, p -> tasks.runOnCallbackThread(
                        () -> show(new ProgressRow(p.sourceId(), "Copy of " + p.sourceId() + " to " + request.destinationRegion(),
                                p.copyId() == null ? "" : p.copyId(), p.state().name().toLowerCase().replace('_', ' '),
                                p.percent()))), context))
                .onSuccess(done -> {
                    long failed = done.stream().filter(p -> p.state() == CopyQueue.State.FAILED).count();
                    notify.accept(done.size() - failed + " copies completed in " + request.destinationRegion()
                            + (failed == 0 ? "" : ", " + failed + " failed"));
                    done.stream().filter(p -> p.problem() != null).findFirst()
                            .ifPresent(p -> dialogs.showProblem("Not copied: " + p.sourceId(), p.problem()));
                })
                .build());
    }

    public void restore(Ec2Snapshot snapshot) {
        Session on = session.get();
        RegionSnapshots region = data.get();
        if (on == null || region == null || snapshot == null) {
            return;
        }
        VolumeRecord original = region.volume(snapshot.volumeId());
        List<Ec2Instance> instances = on.inventory().cached(region.region()).map(r -> r.instances()).orElse(List.of());
        RestoreForm form = new RestoreForm(region.region(), snapshot, original == null ? null
                : original.volume().availabilityZone(), zones(region, instances), instances);
        if (!forms.restore(form)) {
            return;
        }
        RestoreRequest request = form.request();
        tasks.submit(TaskSpec.titled("Restore " + snapshot.id() + " to a new volume").mutating()
                .resources(request.attachTo() == null ? List.of(snapshot.id()) : List.of(snapshot.id(), request.attachTo()))
                .<VolumeRestore.Result>body(context -> on.snapshotActions().restore(request, context))
                .onSuccess(made -> notify.accept(made.volume().id() + " made from " + snapshot.id() + (made.device() == null
                        ? "" : ", attached to " + request.attachTo() + " as " + made.device())))
                .build());
    }

    private static List<String> zones(RegionSnapshots region, List<Ec2Instance> instances) {
        Set<String> zones = new TreeSet<>();
        region.volumes().forEach(v -> zones.add(v.volume().availabilityZone()));
        instances.forEach(i -> {
            if (i.availabilityZone() != null) {
                zones.add(i.availabilityZone());
            }
        });
        return List.copyOf(zones);
    }

    private void report(ActionResult result, String verb, String done) {
        if (!result.done().isEmpty()) {
            notify.accept(done + result.done().size() + " snapshot" + (result.done().size() == 1 ? "" : "s"));
        }
        result.failed().forEach((id, problem) -> dialogs.showProblem(id + " not " + verb, problem));
    }

    private void show(ProgressRow row) {
        for (int i = 0; i < underWay.size(); i++) {
            if (underWay.get(i).key().equals(row.key())) {
                underWay.set(i, row);
                return;
            }
        }
        underWay.add(0, row);
    }

    /** "1 snapshot", "3 snapshots". */
    private static String count(long n) {
        return n + (n == 1 ? " snapshot" : " snapshots");
    }

    private static List<String> ids(List<Ec2Snapshot> snapshots) {
        return snapshots.stream().map(Ec2Snapshot::id).toList();
    }

    public ObservableList<ProgressRow> underWay() {
        return underWay;
    }
}
