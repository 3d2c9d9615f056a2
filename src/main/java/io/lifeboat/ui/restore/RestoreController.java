package io.lifeboat.ui.restore;

import io.lifeboat.app.RestoreJobEntry;
import io.lifeboat.restore.ClusterSummary;
import io.lifeboat.ui.common.Cells;
import io.lifeboat.ui.common.RegionMenu;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The Restore view: databases and their windows, the restore jobs and the selected job's page; the wizard over them. */
public final class RestoreController {

    private static final DateTimeFormatter WINDOW = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    @FXML private StackPane pages;
    @FXML private VBox overview;
    @FXML private MenuButton regionMenu;
    @FXML private ProgressIndicator loading;
    @FXML private Button restoreButton;
    @FXML private TableView<ClusterSummary> table;
    @FXML private VBox details;
    @FXML private TableView<RestoreJobEntry> jobsTable;
    @FXML private VBox jobPage;

    private final RestoreViewModel model;
    private final Node wizard;
    private final ZoneId zone;

    public RestoreController(RestoreViewModel model, Node wizard, ZoneId zone) {
        this.model = model;
        this.wizard = wizard;
        this.zone = zone;
    }

    @FXML
    private void initialize() {
        RegionMenu.bind(regionMenu, model.databases().selection());
        loading.visibleProperty().bind(model.databases().loadingProperty());
        databases();
        jobs();
        pages.getChildren().add(wizard);
        wizard.visibleProperty().bind(model.wizardOpenProperty());
        overview.visibleProperty().bind(model.wizardOpenProperty().not());
    }

    private void databases() {
        table.setItems(model.databases().rows());
        table.setId("clustersTable");
        table.setPlaceholder(new Label("No Aurora cluster or RDS instance in this region."));
        table.getColumns().setAll(List.of(
                Cells.column("Database", 140, (ClusterSummary c) -> new ReadOnlyStringWrapper(c.id())),
                Cells.column("Kind", 240, (ClusterSummary c) -> new ReadOnlyStringWrapper(SourceDetails.kindText(c))),
                Cells.column("Status", 80, (ClusterSummary c) -> new ReadOnlyStringWrapper(c.status())),
                Cells.column("Instances", 95, (ClusterSummary c) -> new ReadOnlyStringWrapper(
                        Integer.toString(c.members().size()))),
                Cells.column("Restorable (local time)", 220, (ClusterSummary c) -> new ReadOnlyStringWrapper(window(c)))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // Names and kinds give way when narrow; a status, a count and a window are never cut off.
        table.getColumns().forEach(c -> c.setMinWidth(c.getPrefWidth()));
        table.getColumns().get(0).setMinWidth(125);
        table.getColumns().get(1).setMinWidth(140);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ClusterSummary item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("text-muted");
                if (!empty && item != null && !item.supported()) {
                    getStyleClass().add("text-muted");
                }
            }
        });
        SourceDetails source = new SourceDetails(zone);
        details.getChildren().add(source);
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> source.show(now));
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                restore();
            }
        });
    }

    private void jobs() {
        jobsTable.setItems(model.jobs());
        jobsTable.setPlaceholder(new Label("No restore job yet."));
        jobsTable.getColumns().setAll(List.of(
                Cells.column("Job", 100, (RestoreJobEntry e) -> new ReadOnlyStringWrapper(e.job().id())),
                Cells.column("Restore", 200, (RestoreJobEntry e) -> new ReadOnlyStringWrapper(e.job().plan().sourceId()
                        + " → " + e.job().plan().targetId())),
                Cells.column("Status", 85, (RestoreJobEntry e) -> new ReadOnlyStringWrapper(e.status())),
                Cells.column("DNS", 85, (RestoreJobEntry e) -> new ReadOnlyStringWrapper(
                        e.job().cutover() == null ? "—" : e.job().cutover().state().name().toLowerCase())),
                Cells.column("Started", 100, (RestoreJobEntry e) -> new ReadOnlyStringWrapper(
                        WINDOW.format(e.job().createdAt().atZone(zone))))));
        jobsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // Only the source → target column gives way when narrow: ids, states and times stay whole.
        jobsTable.getColumns().forEach(c -> c.setMinWidth(c.getPrefWidth()));
        jobsTable.getColumns().get(1).setMinWidth(120);
        jobsTable.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != model.selectedJobProperty().get()) {
                model.selectedJobProperty().set(now);
            }
        });
        model.selectedJobProperty().addListener((obs, was, now) -> {
            if (now != jobsTable.getSelectionModel().getSelectedItem()) {
                jobsTable.getSelectionModel().select(now);
            }
        });
        JobPane page = new JobPane(model.jobPage(), "page");
        CutoverPane cutover = new CutoverPane(model.cutover(), model.jobPage().canSwitchProperty(), model::switchDns, "page");
        cutover.setVisible(false);
        cutover.managedProperty().bind(cutover.visibleProperty());
        Button switchDns = JobPane.button("Switch DNS…", "mdi2s-swap-horizontal", "pageSwitchDnsButton", () -> {
            cutover.setVisible(!cutover.isVisible());
            if (cutover.isVisible()) {
                model.prepareCutover();
            }
        });
        switchDns.disableProperty().bind(model.jobPage().canSwitchProperty().not());
        page.addAction(switchDns);
        page.visibleProperty().bind(model.jobPage().entryProperty().isNotNull());
        jobPage.getChildren().addAll(page, cutover);
    }

    private String window(ClusterSummary c) {
        if (c.earliestRestorableTime() == null || c.latestRestorableTime() == null) {
            return c.latestRestorableTime() == null ? "no backup yet" : "to " + WINDOW.format(c.latestRestorableTime().atZone(zone));
        }
        return WINDOW.format(c.earliestRestorableTime().atZone(zone)) + " → " + WINDOW.format(c.latestRestorableTime().atZone(zone));
    }

    @FXML
    private void refresh() {
        model.databases().refresh();
        model.loadJobs();
    }

    @FXML
    private void restore() {
        model.restore(table.getSelectionModel().getSelectedItem());
    }
}
