package io.lifeboat.ui.volumes;

import io.lifeboat.app.Session;
import io.lifeboat.aws.Problem;
import io.lifeboat.inventory.InventoryLoader;
import io.lifeboat.inventory.RegionInventory;
import io.lifeboat.tasks.TaskRunner;
import io.lifeboat.tasks.TaskSpec;
import io.lifeboat.ui.common.BackgroundComputation;
import io.lifeboat.ui.common.Debouncer;
import io.lifeboat.volumes.BackupPolicy;
import io.lifeboat.volumes.BackupStatus;
import io.lifeboat.volumes.CoverageSummary;
import io.lifeboat.volumes.TagCondition;
import io.lifeboat.volumes.TagEdit;
import io.lifeboat.volumes.TagEditPlan;
import io.lifeboat.volumes.TagEditResult;
import io.lifeboat.volumes.TagTarget;
import io.lifeboat.volumes.VolumeColumn;
import io.lifeboat.volumes.VolumeCsv;
import io.lifeboat.volumes.VolumeFilter;
import io.lifeboat.volumes.VolumeLoad;
import io.lifeboat.volumes.VolumeRecord;
import io.lifeboat.volumes.VolumeService;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.util.Duration;

/**
 * The Volumes view's state and commands. Rows are replaced as a whole on each load; filtering runs
 * off the FX thread after typing pauses, so 10,000 rows never stall the window.
 */
public final class VolumesViewModel {

    private final TaskRunner tasks;
    private final Consumer<List<String>> rememberRegions;
    private final ObservableList<VolumeRecord> allRows = FXCollections.observableArrayList();
    private final ObservableList<VolumeRecord> shownRows = FXCollections.observableArrayList();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<TagCondition> tagConditions = FXCollections.observableArrayList();
    private final ObservableSet<BackupStatus> statuses = FXCollections.observableSet(EnumSet.noneOf(BackupStatus.class));
    private final ObservableSet<BackupPolicy.Kind> policies = FXCollections.observableSet(EnumSet.noneOf(BackupPolicy.Kind.class));
    private final StringProperty instance = new SimpleStringProperty("");
    private final ObservableList<String> regions = FXCollections.observableArrayList();
    private final ObservableList<String> availableRegions = FXCollections.observableArrayList();
    private final ObservableList<RegionStatus> regionStatuses = FXCollections.observableArrayList();
    private final ObjectProperty<CoverageSummary> summary = new SimpleObjectProperty<>(CoverageSummary.of(List.of()));
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final ObjectProperty<Instant> loadedAt = new SimpleObjectProperty<>();
    private final BooleanProperty hasData = new SimpleBooleanProperty();
    private final Debouncer debouncer = new Debouncer(Duration.millis(150), this::applyFilter);
    private final BackgroundComputation filtering = new BackgroundComputation();
    private Session session;

    public VolumesViewModel(TaskRunner tasks, Consumer<List<String>> rememberRegions) {
        this.tasks = tasks;
        this.rememberRegions = rememberRegions;
        text.addListener((obs, was, now) -> debouncer.trigger());
        instance.addListener((obs, was, now) -> debouncer.trigger());
        tagConditions.addListener((javafx.collections.ListChangeListener<TagCondition>) c -> applyFilter());
        statuses.addListener((javafx.collections.SetChangeListener<BackupStatus>) c -> applyFilter());
        policies.addListener((javafx.collections.SetChangeListener<BackupPolicy.Kind>) c -> applyFilter());
    }

    /** A new connection: start from the remembered regions if this account has them, else its own region. */
    public void sessionChanged(Session newSession, List<String> remembered) {
        this.session = newSession;
        allRows.clear();
        shownRows.clear();
        availableRegions.clear();
        String home = newSession.connection().homeRegion();
        regions.setAll(remembered.isEmpty() ? List.of(home) : remembered);
        refresh();
    }

    public void refresh() {
        Session current = session;
        if (current == null) {
            return;
        }
        List<String> wanted = List.copyOf(regions);
        regionStatuses.setAll(wanted.stream().map(RegionStatus::loading).toList());
        loading.set(true);
        VolumeService service = current.volumes();
        boolean needRegions = availableRegions.isEmpty();
        tasks.submit(TaskSpec.titled("Load volumes in " + String.join(", ", wanted))
                .resources(wanted)
                .body(context -> {
                    List<String> enabled = needRegions ? current.enabledRegions() : null;
                    VolumeLoad load = service.load(wanted, context, new InventoryLoader.RegionListener() {
                        @Override
                        public void loaded(RegionInventory inventory) {
                            Platform.runLater(() -> regionDone(inventory.region(), inventory.volumes().size(), null));
                        }

                        @Override
                        public void failed(String region, Problem problem) {
                            Platform.runLater(() -> regionDone(region, 0, problem));
                        }
                    });
                    return new Loaded(load, enabled);
                })
                .onSuccess(loaded -> {
                    io.lifeboat.app.StartupTrace.mark("volumes loaded");
                    if (session != current) {
                        return;
                    }
                    if (loaded.enabledRegions() != null) {
                        availableRegions.setAll(loaded.enabledRegions());
                    }
                    allRows.setAll(loaded.load().records());
                    loadedAt.set(loaded.load().loadedAt());
                    loading.set(false);
                    applyFilter();
                })
                .onFailure(failure -> loading.set(false))
                .build());
    }

    private record Loaded(VolumeLoad load, List<String> enabledRegions) {
    }

    private void regionDone(String region, int volumes, Problem problem) {
        for (int i = 0; i < regionStatuses.size(); i++) {
            if (regionStatuses.get(i).region().equals(region)) {
                regionStatuses.set(i, new RegionStatus(region, problem == null ? RegionStatus.State.LOADED
                        : RegionStatus.State.FAILED, volumes, problem));
            }
        }
    }

    public void chooseRegions(List<String> chosen) {
        if (chosen.isEmpty() || chosen.equals(regions)) {
            return;
        }
        regions.setAll(chosen);
        rememberRegions.accept(List.copyOf(chosen));
        refresh();
    }

    public VolumeFilter filter() {
        return new VolumeFilter(text.get(), List.copyOf(tagConditions), Set.copyOf(statuses), Set.copyOf(policies),
                instance.get());
    }

    private void applyFilter() {
        VolumeFilter filter = filter();
        List<VolumeRecord> snapshot = new ArrayList<>(allRows);
        filtering.run(() -> {
            List<VolumeRecord> rows = filter.apply(snapshot);
            return new Filtered(rows, CoverageSummary.of(rows));
        }, filtered -> {
            shownRows.setAll(filtered.rows());
            summary.set(filtered.summary());
            hasData.set(!allRows.isEmpty());
        });
    }

    /** Applies the filter now instead of after the typing pause. */
    public void applyFilterNow() {
        debouncer.flush();
    }

    private record Filtered(List<VolumeRecord> rows, CoverageSummary summary) {
    }

    public TagEditPlan planEdit(List<VolumeRecord> selection, TagTarget target, TagEdit edit) {
        return session.volumes().planTagEdit(selection, target, edit);
    }

    /** Applies a previewed edit as one task; the rows update from its result. */
    public void applyEdit(TagEditPlan plan, Consumer<TagEditResult> onDone) {
        Session current = session;
        String what = plan.changes().size() + (plan.target() == TagTarget.VOLUMES ? " volumes" : " instances");
        tasks.submit(TaskSpec.titled("Edit tags on " + what)
                .resources(plan.changes().stream().map(c -> c.resourceId()).toList())
                .mutating()
                .body(context -> current.volumes().applyTagEdit(plan, context))
                .onSuccess(result -> {
                    if (session == current) {
                        allRows.setAll(current.volumes().afterEdit(List.copyOf(allRows), result));
                        applyFilter();
                    }
                    onDone.accept(result);
                })
                .build());
    }

    public void exportCsv(List<VolumeRecord> rows, List<VolumeColumn> columns, Path file, Runnable onDone) {
        List<VolumeRecord> copy = List.copyOf(rows);
        tasks.submit(TaskSpec.titled("Export " + copy.size() + " volumes to " + file.getFileName())
                .resources(List.of(file.toString()))
                .body(context -> {
                    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                        VolumeCsv.write(copy, columns, out);
                    }
                    return file;
                })
                .onSuccess(done -> onDone.run())
                .build());
    }

    public Instant now() {
        return session == null ? Instant.now() : session.connection().clients().clock().instant();
    }

    public ObservableList<VolumeRecord> shownRows() {
        return shownRows;
    }

    public ObservableList<VolumeRecord> allRows() {
        return allRows;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObservableList<TagCondition> tagConditions() {
        return tagConditions;
    }

    public ObservableSet<BackupStatus> statuses() {
        return statuses;
    }

    public ObservableSet<BackupPolicy.Kind> policies() {
        return policies;
    }

    public StringProperty instanceProperty() {
        return instance;
    }

    public ObservableList<String> regions() {
        return regions;
    }

    public ObservableList<String> availableRegions() {
        return availableRegions;
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
