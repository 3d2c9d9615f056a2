package io.lifeboat.ui.backup;

import io.lifeboat.backup.BackupPlan;
import io.lifeboat.backup.BackupReport;
import io.lifeboat.backup.Misconfiguration;
import io.lifeboat.backup.PlanSkip;
import io.lifeboat.backup.RegionProgress;
import io.lifeboat.backup.RunScope;
import io.lifeboat.backup.SnapshotCreate;
import io.lifeboat.backup.SnapshotDeletion;
import io.lifeboat.store.BackupRunHistory.BackupRun;
import io.lifeboat.ui.common.DialogService;
import io.lifeboat.ui.common.FxTaskMonitor;
import io.lifeboat.ui.common.RegionMenu;
import io.lifeboat.ui.common.TaskItem;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TabPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** Binds the Backups view to its model: the plan's tables and totals, run buttons, progress, report, history. */
public final class BackupController {

    @FXML private Label subtitle;
    @FXML private MenuButton regionMenu;
    @FXML private ProgressIndicator planningIndicator;
    @FXML private Button runNowButton;
    @FXML private Button snapshotOnlyButton;
    @FXML private Label planDay;
    @FXML private Label createTotals;
    @FXML private Label deleteTotals;
    @FXML private Label skipTotals;
    @FXML private Label misconfiguredTotals;
    @FXML private FlowPane regionProblems;
    @FXML private VBox progressRow;
    @FXML private VBox regionRows;
    @FXML private ProgressBar runProgress;
    @FXML private Label runMessage;
    @FXML private TabPane tabs;
    @FXML private Tab createsTab;
    @FXML private Tab deletionsTab;
    @FXML private Tab skipsTab;
    @FXML private Tab misconfigurationsTab;
    @FXML private Tab reportTab;
    @FXML private TableView<SnapshotCreate> createsTable;
    @FXML private TableView<SnapshotDeletion> deletionsTable;
    @FXML private TableView<PlanSkip> skipsTable;
    @FXML private TableView<Misconfiguration> misconfigurationsTable;
    @FXML private Label reportSummary;
    @FXML private TableView<OutcomeRow> reportTable;
    @FXML private TableView<BackupRun> historyTable;
    @FXML private Button openRunButton;

    private final BackupViewModel model;
    private final DialogService dialogs;
    private final FxTaskMonitor monitor;
    private final ReadOnlyBooleanProperty readOnly;
    private final BiConsumer<String, String> openTimeline;

    /** @param openTimeline shows a volume's timeline (region, volume id), from a row of the report */
    public BackupController(BackupViewModel model, DialogService dialogs, FxTaskMonitor monitor,
                            ReadOnlyBooleanProperty readOnly, BiConsumer<String, String> openTimeline) {
        this.model = model;
        this.dialogs = dialogs;
        this.monitor = monitor;
        this.readOnly = readOnly;
        this.openTimeline = openTimeline;
    }

    @FXML
    private void initialize() {
        table(createsTable, "backupCreates", model.creates(), "Nothing to snapshot: every covered volume has today's snapshot.");
        table(deletionsTable, "backupDeletions", model.deletions(), "No automated snapshot is due for deletion.");
        table(skipsTable, "backupSkips", model.skips(), "Nothing left alone.");
        table(misconfigurationsTable, "backupMisconfigurations", model.misconfigurations(), "No misconfigured tags.");
        table(reportTable, "backupReport", model.outcomes(), "Run the plan to see what was done, or open a past run.");
        table(historyTable, "backupHistory", model.runs(), "No backup run from this machine yet.");
        PlanTables.creates(createsTable);
        PlanTables.deletions(deletionsTable);
        PlanTables.skips(skipsTable);
        PlanTables.misconfigurations(misconfigurationsTable);
        PlanTables.report(reportTable);
        PlanTables.history(historyTable);
        historyTable.setRowFactory(t -> {
            TableRow<BackupRun> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    open(row.getItem());
                }
            });
            return row;
        });
        reportTable.setRowFactory(t -> {
            TableRow<OutcomeRow> row = new TableRow<>();
            MenuItem timeline = new MenuItem("Timeline of this volume");
            timeline.setOnAction(e -> openTimeline(row.getItem()));
            row.itemProperty().addListener((obs, was, now) -> row.setContextMenu(now == null || now.volumeId() == null ? null
                    : new ContextMenu(timeline)));
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2) {
                    openTimeline(row.getItem());
                }
            });
            return row;
        });
        openRunButton.disableProperty().bind(historyTable.getSelectionModel().selectedItemProperty().isNull());
        planningIndicator.visibleProperty().bind(model.planningProperty());
        var blocked = model.runningProperty().or(model.planningProperty()).or(model.planProperty().isNull()).or(readOnly);
        runNowButton.disableProperty().bind(blocked);
        snapshotOnlyButton.disableProperty().bind(blocked);
        progressRow.visibleProperty().bind(model.runningProperty());
        progressRow.managedProperty().bind(model.runningProperty());
        model.runTaskIdProperty().addListener((obs, was, id) -> followTask(id));
        RegionProgressRows rows = new RegionProgressRows(regionRows);
        model.regionProgress().addListener((ListChangeListener<RegionProgress>) change ->
                rows.show(model.regionProgress()));
        model.planProperty().addListener((obs, was, plan) -> showPlan(plan));
        model.reportProperty().addListener((obs, was, report) -> showReport(report));
        RegionMenu.bind(regionMenu, model.regions());
        showPlan(model.planProperty().get());
    }

    private static <T> void table(TableView<T> table, String id, ObservableList<T> rows, String placeholder) {
        table.setId(id);
        table.setItems(rows);
        table.setPlaceholder(new Label(placeholder));
    }

    private void showPlan(BackupPlan plan) {
        if (plan == null) {
            subtitle.setText("Planning…");
            List.of(planDay, createTotals, deleteTotals, skipTotals, misconfiguredTotals).forEach(l -> l.setText(""));
            regionProblems.getChildren().clear();
            return;
        }
        BackupPlan.Totals t = plan.totals();
        subtitle.setText("policy '" + plan.policyName() + "' in " + (plan.regions().size() <= 2
                ? String.join(", ", plan.regions()) : plan.regions().size() + " regions"));
        planDay.setText("for " + plan.today() + " (UTC), nothing changes until you run it");
        createTotals.setText(t.volumes() + " volumes \u00b7 " + t.gibToSnapshot() + " GiB to snapshot in " + t.createCalls()
                + " calls");
        deleteTotals.setText(t.deletions() + " expired snapshots \u00b7 " + t.gibFreed() + " GiB to delete");
        skipTotals.setText(t.skipped() + " left alone");
        misconfiguredTotals.setText(t.misconfigured() + " misconfigured");
        createTotals.setId("createTotals");
        deleteTotals.setId("deleteTotals");
        createsTab.setText("Create (" + plan.creates().size() + ")");
        deletionsTab.setText("Delete (" + t.deletions() + ")");
        skipsTab.setText("Left alone (" + t.skipped() + ")");
        misconfigurationsTab.setText("Misconfigured (" + t.misconfigured() + ")");
        regionProblems.getChildren().setAll(plan.failedRegions().entrySet().stream().map(e -> {
            Label chip = new Label(e.getKey() + " \u2715 not planned: " + e.getValue().text());
            chip.getStyleClass().addAll("region-chip", "region-failed");
            return chip;
        }).toList());
    }

    private void showReport(BackupReport report) {
        reportSummary.setText(report == null ? "" : report.summary() + (report.pruneRefusal() == null ? ""
                : ". " + report.pruneRefusal()));
        reportSummary.setId("reportSummary");
        if (report != null) {
            tabs.getSelectionModel().select(reportTab);
        }
    }

    /** Binds the progress bar to the run's task while it runs (the monitor adds its item on the FX thread). */
    private void followTask(String id) {
        runProgress.progressProperty().unbind();
        runMessage.textProperty().unbind();
        monitor.tasks().stream().filter(t -> t.id().equals(id)).findFirst().ifPresentOrElse(this::bind,
                () -> monitor.tasks().addListener(new ListChangeListener<TaskItem>() {
                    @Override
                    public void onChanged(Change<? extends TaskItem> change) {
                        monitor.tasks().stream().filter(t -> t.id().equals(id)).findFirst().ifPresent(item -> {
                            monitor.tasks().removeListener(this);
                            bind(item);
                        });
                    }
                }));
    }

    private void bind(TaskItem item) {
        runProgress.progressProperty().bind(item.progressProperty());
        runMessage.textProperty().bind(item.messageProperty());
    }

    private void openTimeline(OutcomeRow row) {
        if (row != null && row.volumeId() != null) {
            openTimeline.accept(row.region(), row.volumeId());
        }
    }

    private void open(BackupRun run) {
        model.open(run);
    }

    @FXML
    private void refresh() {
        model.refresh();
    }

    @FXML
    private void runNow() {
        model.run(RunScope.CREATE_AND_PRUNE);
    }

    @FXML
    private void snapshotOnly() {
        model.run(RunScope.CREATE_ONLY);
    }

    @FXML
    private void openRun() {
        BackupRun selected = historyTable.getSelectionModel().getSelectedItem();
        if (selected != null) {
            open(selected);
        }
    }

    @FXML
    private void schedule() {
        if (model.planProperty().get() != null) {
            ScheduleDialog.show(tabs.getScene().getWindow(), model.deployCommands(), dialogs);
        }
    }
}
