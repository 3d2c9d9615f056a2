package io.lifeboat.ui.commands;

import io.lifeboat.commands.CommandSummary;
import io.lifeboat.commands.FleetInstance;
import io.lifeboat.ui.common.Cells;
import io.lifeboat.ui.common.RegionMenu;
import io.lifeboat.ui.common.RegionRows;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import atlantafx.base.controls.CustomTextField;

/**
 * The fleet as Run Command sees it: which instances SSM manages and which a command would never
 * reach (and why), and the recent commands of the region.
 */
public final class CommandsController {

    @FXML private Label subtitle;
    @FXML private MenuButton regionMenu;
    @FXML private ProgressIndicator loading;
    @FXML private Label ssmProblem;
    @FXML private CustomTextField search;
    @FXML private Label managedSummary;
    @FXML private TableView<FleetInstance> instances;
    @FXML private TableView<CommandSummary> history;

    private final RegionRows<CommandsOverview> model;
    private final ObservableList<FleetInstance> fleet = FXCollections.observableArrayList();

    public CommandsController(RegionRows<CommandsOverview> model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        RegionMenu.bind(regionMenu, model.selection());
        loading.visibleProperty().bind(model.loadingProperty());
        model.rows().addListener((ListChangeListener<CommandsOverview>) c -> show());
        FilteredList<FleetInstance> filtered = new FilteredList<>(fleet);
        filtered.predicateProperty().bind(Bindings.createObjectBinding(() -> this::matches, search.textProperty()));
        SortedList<FleetInstance> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(instances.comparatorProperty());
        instances.setItems(sorted);
        instances.setId("fleetTable");
        instances.getColumns().setAll(List.of(
                Cells.column("Name", 160, i -> new ReadOnlyStringWrapper(i.name())),
                Cells.column("Instance", 175, i -> new ReadOnlyStringWrapper(i.id())),
                Cells.column("Platform", 85, i -> new ReadOnlyStringWrapper(i.platform())),
                Cells.column("State", 80, i -> new ReadOnlyStringWrapper(i.state())),
                ssmColumn(),
                Cells.column("Agent", 95, i -> new ReadOnlyStringWrapper(Cells.orEmpty(i.agentVersion()))),
                Cells.column("OS", 200, i -> new ReadOnlyStringWrapper(Cells.orEmpty(i.platformName()))),
                Cells.column("Role", 80, i -> new ReadOnlyStringWrapper(i.tags().getOrDefault("Role", ""))),
                Cells.column("Env", 70, i -> new ReadOnlyStringWrapper(i.tags().getOrDefault("Env", ""))),
                Cells.column("Why a command would not reach it", 420,
                        i -> new ReadOnlyStringWrapper(Cells.orEmpty(i.unreachableReason())))));
        history.setId("commandHistory");
        history.setPlaceholder(new Label("No command sent in this region yet."));
        history.getColumns().setAll(List.of(
                Cells.column("Requested", 170, c -> new ReadOnlyStringWrapper(Cells.time(c.requestedAt()))),
                Cells.column("Document", 200, c -> new ReadOnlyStringWrapper(c.documentName())),
                Cells.column("Status", 100, c -> new ReadOnlyStringWrapper(c.status())),
                Cells.column("Targets", 80, c -> new ReadOnlyObjectWrapper<>(c.targetCount())),
                Cells.column("Done", 60, c -> new ReadOnlyObjectWrapper<>(c.completedCount())),
                Cells.column("Errors", 70, c -> new ReadOnlyObjectWrapper<>(c.errorCount())),
                Cells.column("Target", 220, c -> new ReadOnlyStringWrapper(Cells.orEmpty(c.targets()))),
                Cells.column("Comment", 240, c -> new ReadOnlyStringWrapper(Cells.orEmpty(c.comment()))),
                Cells.column("Command id", 290, c -> new ReadOnlyStringWrapper(c.commandId()))));
        subtitle.textProperty().bind(Bindings.createStringBinding(() -> fleet.size() + " instances", fleet));
    }

    private void show() {
        if (model.rows().isEmpty()) {
            fleet.clear();
            history.getItems().clear();
            return;
        }
        CommandsOverview overview = model.rows().get(0);
        fleet.setAll(overview.instances());
        history.getItems().setAll(overview.history());
        long managed = overview.instances().stream().filter(FleetInstance::managed).count();
        long online = overview.instances().stream().filter(i -> "Online".equals(i.pingStatus())).count();
        managedSummary.setText(managed + " managed by SSM (" + online + " online), "
                + (overview.instances().size() - managed) + " not managed");
        boolean problem = overview.ssmProblem() != null;
        ssmProblem.setVisible(problem);
        ssmProblem.setManaged(problem);
        ssmProblem.setText(problem ? "SSM could not be asked which instances it manages: " + overview.ssmProblem().text()
                + " [" + overview.ssmProblem().code() + "]" : "");
    }

    private boolean matches(FleetInstance instance) {
        String text = search.getText() == null ? "" : search.getText().trim().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return true;
        }
        return (instance.id() + " " + instance.name() + " " + String.join(" ", instance.tags().values()))
                .toLowerCase(Locale.ROOT).contains(text);
    }

    private static TableColumn<FleetInstance, String> ssmColumn() {
        TableColumn<FleetInstance, String> column = Cells.column("SSM", 150,
                i -> new ReadOnlyStringWrapper(i.managed() ? i.pingStatus() : "Not managed"));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String status, boolean empty) {
                super.updateItem(status, empty);
                setText(null);
                if (empty || status == null) {
                    setGraphic(null);
                    return;
                }
                Label badge = new Label(status);
                badge.getStyleClass().addAll("badge", switch (status) {
                    case "Online" -> "status-ok";
                    case "Not managed" -> "status-misconfigured";
                    default -> "status-overdue";
                });
                setGraphic(badge);
            }
        });
        return column;
    }

    @FXML
    private void refresh() {
        model.refresh();
    }

}
