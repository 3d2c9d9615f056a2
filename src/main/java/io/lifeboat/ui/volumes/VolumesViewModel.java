package io.lifeboat.ui.volumes;

import io.lifeboat.app.Session;
import io.lifeboat.app.TagHistory;
import io.lifeboat.app.StartupTrace;
import io.lifeboat.aws.ConsoleLinks;
import io.lifeboat.aws.Problem;
import io.lifeboat.inventory.InventoryLoader;
import io.lifeboat.inventory.RegionInventory;
import io.lifeboat.tasks.TaskContext;
import io.lifeboat.tasks.TaskRunner;
import io.lifeboat.tasks.TaskSpec;
import io.lifeboat.ui.common.Cells;
import io.lifeboat.ui.common.DialogService;
import io.lifeboat.ui.common.InventoryFollower;
import io.lifeboat.ui.common.RegionSelection;
import io.lifeboat.volumes.CoverageSummary;
import io.lifeboat.volumes.TagEditPlan;
import io.lifeboat.volumes.TagEditResult;
import io.lifeboat.volumes.TagTarget;
import io.lifeboat.volumes.VolumeColumn;
import io.lifeboat.volumes.VolumeCsv;
import io.lifeboat.volumes.VolumeFilter;
import io.lifeboat.volumes.VolumeLoad;
import io.lifeboat.volumes.VolumeRecord;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Volumes view's state and commands. Rows are replaced as a whole on each load (regions load in
 * parallel, each reporting as it finishes); filtering runs as local work after every change of the
 * filter. For both, only the latest request counts. The selection is kept by volume id across
 * reloads and tag edits.
 */
public final class VolumesViewModel {

    private final TaskRunner tasks;
    private final TagHistory history;
    private final RegionSelection regions;
    private final DialogService dialogs;
    private final Consumer<String> notify;
    private final ObservableList<VolumeRecord> allRows = FXCollections.observableArrayList();
    private final ObservableList<VolumeRecord> shownRows = FXCollections.observableArrayList();
    private final ObservableList<VolumeRecord> selection = FXCollections.observableArrayList();
    private final VolumeFilters filters = new VolumeFilters();
    private final ObservableList<RegionStatus> regionStatuses = FXCollections.observableArrayList();
    private final ObjectProperty<CoverageSummary> summary = new SimpleObjectProperty<>(CoverageSummary.of(List.of()));
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final ObjectProperty<Instant> loadedAt = new SimpleObjectProperty<>();
    private final BooleanProperty hasData = new SimpleBooleanProperty();
    private final StringBinding subtitle;
    private final Object loadSlot = new Object();
    private final Object filterSlot = new Object();
    private final InventoryFollower inventory;
    private Set<String> selectedIds = Set.of();
    private Session session;

    public VolumesViewModel(TaskRunner tasks, RegionSelection regions, DialogService dialogs, Consumer<String> notify) {
        this(tasks, regions, dialogs, notify, TagHistory.NONE);
    }

    /** @param history where applied tag edits are recorded (the snapshot timelines read when volumes were protected) */
    public VolumesViewModel(TaskRunner tasks, RegionSelection regions, DialogService dialogs, Consumer<String> notify,
                            TagHistory history) {
        this.history = history;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.notify = notify;
        filters.onChange(this::applyFilter);
        this.regions = regions;
        regions.onChosen(this::load);
        inventory = new InventoryFollower(tasks, regions::regions, this::load);
        subtitle = Bindings.createStringBinding(this::describe, shownRows, allRows, regions.chosen(), loadedAt);
    }

    /** A new connection: its rows, in this view's remembered regions (else the connection's own). */
    public void sessionChanged(Session next) {
        session = next;
        inventory.follow(next);
        allRows.clear();
        applyFilter(); // of nothing: a filter of the last session's rows still running is superseded
        select(List.of());
        regions.sessionChanged(next);
        load();
    }

    /** The chosen regions' rows from the session's inventory, listing only regions no view has loaded yet. */
    public void load() {
        load(false);
    }

    /** Refresh: lists the chosen regions again (every view showing them follows). */
    public void refresh() {
        load(true);
    }

    private void load(boolean reload) {
        Session current = session;
        if (current == null) {
            return;
        }
        List<String> wanted = regions.regions();
        regionStatuses.setAll(wanted.stream().map(RegionStatus::loading).toList());
        loading.set(true);
        inventory.loadSubmitted();
        tasks.submit(TaskSpec.titled("Load volumes in " + String.join(", ", wanted)).resources(wanted).onlyLatest(loadSlot)
                .<VolumeLoad>body(context -> {
                    inventory.loadRunning(context);
                    InventoryLoader.RegionListener progress = new InventoryLoader.RegionListener() {
                        @Override
                        public void loaded(RegionInventory inventory) {
                            regionDone(context, inventory.region(), inventory.volumes().size(), null);
                        }

                        @Override
                        public void failed(String region, Problem problem) {
                            regionDone(context, region, 0, problem);
                        }
                    };
                    return reload ? current.volumes().reload(wanted, context, progress)
                            : current.volumes().load(wanted, context, progress);
                })
                .onSuccess(loaded -> {
                    StartupTrace.mark("volumes loaded");
                    allRows.setAll(loaded.records());
                    loadedAt.set(loaded.loadedAt());
                    applyFilter();
                })
                .onFinished(() -> {
                    loading.set(false);
                    inventory.loadFinished();
                })
                .build());
    }

    /** A region's part of a load is in (called on the worker): its chip says so, unless the load was superseded. */
    private void regionDone(TaskContext load, String region, int volumes, Problem problem) {
        tasks.runOnCallbackThread(() -> {
            if (!load.cancelled()) {
                showRegion(region, volumes, problem);
            }
        });
    }

    private void showRegion(String region, int volumes, Problem problem) {
        for (int i = 0; i < regionStatuses.size(); i++) {
            if (regionStatuses.get(i).region().equals(region)) {
                regionStatuses.set(i, new RegionStatus(region, problem == null ? RegionStatus.State.LOADED
                        : RegionStatus.State.FAILED, volumes, problem));
            }
        }
    }

    private void applyFilter() {
        VolumeFilter filter = filters.filter();
        List<VolumeRecord> rows = new ArrayList<>(allRows);
        tasks.submit(TaskSpec.titled("Filter volumes").local().onlyLatest(filterSlot)
                .body(context -> new Filtered(filter.apply(rows)))
                .onSuccess(filtered -> {
                    shownRows.setAll(filtered.rows());
                    summary.set(filtered.summary());
                    hasData.set(!allRows.isEmpty());
                    reselect();
                })
                .build());
    }

    private record Filtered(List<VolumeRecord> rows, CoverageSummary summary) {
        Filtered(List<VolumeRecord> rows) {
            this(rows, CoverageSummary.of(rows));
        }
    }

    /** The rows the user selected; kept by volume id when rows are reloaded or re-filtered. */
    public void select(List<VolumeRecord> rows) {
        selectedIds = rows.stream().map(VolumeRecord::volumeId).collect(Collectors.toUnmodifiableSet());
        selection.setAll(rows);
    }

    private void reselect() {
        selection.setAll(shownRows.stream().filter(r -> selectedIds.contains(r.volumeId())).toList());
    }

    public void copySelectedIds() {
        if (!selection.isEmpty()) {
            dialogs.copyToClipboard(selection.stream().map(VolumeRecord::volumeId).collect(Collectors.joining("\n")));
            notify.accept("Copied " + selection.size() + " volume id" + (selection.size() == 1 ? "" : "s"));
        }
    }

    /** Opens the first few selected volumes in the AWS console (five at most: each is a browser tab). */
    public void openSelectionInConsole() {
        selection.stream().limit(5).forEach(r -> dialogs.openLink(ConsoleLinks.volume(r.region(), r.volumeId())));
    }

    /** The tag editor for the selection, with this connection's tag convention; empty without a selection. */
    public Optional<TagEditViewModel> tagEditor() {
        Session current = session;
        if (current == null || selection.isEmpty()) {
            return Optional.empty();
        }
        List<VolumeRecord> chosen = List.copyOf(selection);
        return Optional.of(new TagEditViewModel(chosen, current.volumes().convention(),
                (target, edit) -> current.volumes().planTagEdit(chosen, target, edit)));
    }

    /** Applies a previewed edit as one task; the rows update from its result, the selection stays. */
    public void applyEdit(TagEditPlan plan) {
        Session current = session;
        String what = plan.changes().size() + (plan.target() == TagTarget.VOLUMES ? " volumes" : " instances");
        tasks.submit(TaskSpec.titled("Edit tags on " + what)
                .resources(plan.changes().stream().map(c -> c.resourceId()).toList())
                .mutating()
                .body(context -> {
                    TagEditResult result = current.volumes().applyTagEdit(plan, context);
                    history.record(result, current);
                    return result;
                })
                .onSuccess(result -> edited(current, result))
                .build());
    }

    private void edited(Session on, TagEditResult result) {
        if (session == on) {
            allRows.setAll(on.volumes().afterEdit(List.copyOf(allRows), result));
            applyFilter();
        }
        result.failedRegions().forEach((region, problem) -> dialogs.showProblem("Tags not changed in " + region, problem));
        if (!result.applied().isEmpty()) {
            notify.accept("Tags changed on " + result.applied().size() + " resources");
        }
    }

    /** Asks where to save, then writes {@code rows} (in the order shown) with the visible columns. */
    public void exportCsv(List<VolumeRecord> rows, List<VolumeColumn> columns) {
        List<VolumeRecord> copy = List.copyOf(rows);
        dialogs.chooseSaveFile("Export the current view", "volumes.csv", "csv").ifPresent(file ->
                tasks.submit(TaskSpec.titled("Export " + copy.size() + " volumes to " + file.getFileName())
                        .resources(List.of(file.toString()))
                        .body(context -> write(file, copy, columns))
                        .onSuccess(done -> notify.accept("Exported " + copy.size() + " volumes to " + file.getFileName()))
                        .build()));
    }

    private static Path write(Path file, List<VolumeRecord> rows, List<VolumeColumn> columns) throws java.io.IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            VolumeCsv.write(rows, columns, out);
        }
        return file;
    }

    public Instant now() {
        return session == null ? Instant.now() : session.connection().clients().clock().instant();
    }

    private String describe() {
        List<String> chosen = regions.chosen();
        String where = chosen.size() <= 2 ? String.join(", ", chosen) : chosen.size() + " regions";
        return shownRows.size() + " of " + allRows.size() + " volumes in " + where
                + (loadedAt.get() == null ? "" : "  \u00b7  loaded " + Cells.time(loadedAt.get()));
    }

    /** "12 of 51 volumes in eu-west-3 · loaded 2026-11-20 10:15:00". */
    public ObservableStringValue subtitle() {
        return subtitle;
    }

    public RegionSelection regions() {
        return regions;
    }

    public ObservableList<VolumeRecord> shownRows() {
        return shownRows;
    }

    public ObservableList<VolumeRecord> allRows() {
        return allRows;
    }

    public ObservableList<VolumeRecord> selection() {
        return selection;
    }

    public VolumeFilters filters() {
        return filters;
    }

    public ObservableList<RegionStatus> regionStatuses() {
        return regionStatuses;
    }

    public ReadOnlyObjectProperty<CoverageSummary> summaryProperty() {
        return summary;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyObjectProperty<Instant> loadedAtProperty() {
        return loadedAt;
    }

    /** True once rows from the account are in the table. */
    public ReadOnlyBooleanProperty hasDataProperty() {
        return hasData;
    }
}
