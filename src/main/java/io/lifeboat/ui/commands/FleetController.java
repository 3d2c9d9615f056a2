package io.lifeboat.ui.commands;

import io.lifeboat.commands.FleetInstance;
import io.lifeboat.ui.common.Cells;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import atlantafx.base.controls.CustomTextField;

/** The fleet as SSM sees it: who is managed, the agent, and why a command would not reach the others. */
public final class FleetController {

    @FXML private CustomTextField search;
    @FXML private Label managedSummary;
    @FXML private TableView<FleetInstance> instances;
    @FXML private Button sessionButton;

    private final RunCommandViewModel model;

    FleetController(RunCommandViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        FilteredList<FleetInstance> filtered = new FilteredList<>(model.fleet());
        filtered.predicateProperty().bind(Bindings.createObjectBinding(() -> i -> matches(i, search.getText()),
                search.textProperty()));
        SortedList<FleetInstance> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(instances.comparatorProperty());
        instances.setItems(sorted);
        instances.setId("fleetTable");
        instances.getColumns().setAll(List.of(
                Cells.column("Name", 150, i -> new ReadOnlyStringWrapper(i.name())),
                Cells.column("Instance", 180, i -> new ReadOnlyStringWrapper(i.id())),
                Cells.column("Platform", 80, i -> new ReadOnlyStringWrapper(i.platform())),
                Cells.column("State", 75, i -> new ReadOnlyStringWrapper(i.state())),
                ssmColumn(),
                Cells.column("Agent", 90, i -> new ReadOnlyStringWrapper(Cells.orEmpty(i.agentVersion()))),
                Cells.column("OS", 180, i -> new ReadOnlyStringWrapper(Cells.orEmpty(i.platformName()))),
                Cells.column("Role", 75, i -> new ReadOnlyStringWrapper(i.tags().getOrDefault("Role", ""))),
                Cells.column("Env", 65, i -> new ReadOnlyStringWrapper(i.tags().getOrDefault("Env", ""))),
                Cells.column("Why a command would not reach it", 460,
                        i -> new ReadOnlyStringWrapper(Cells.orEmpty(i.unreachableReason())))));
        sessionButton.disableProperty().bind(instances.getSelectionModel().selectedItemProperty().isNull());
        model.fleet().addListener((ListChangeListener<FleetInstance>) c -> {
            long managed = model.fleet().stream().filter(FleetInstance::managed).count();
            long online = model.fleet().stream().filter(i -> "Online".equals(i.pingStatus())).count();
            managedSummary.setText(managed + " managed by SSM (" + online + " online), " + (model.fleet().size() - managed)
                    + " not managed");
        });
    }

    static boolean matches(FleetInstance instance, String search) {
        String text = search == null ? "" : search.trim().toLowerCase(Locale.ROOT);
        return text.isEmpty() || (instance.id() + " " + instance.name() + " " + String.join(" ", instance.tags().values()))
                .toLowerCase(Locale.ROOT).contains(text);
    }

    /** Online, ConnectionLost, Inactive, or "Not managed", as a badge. */
    static TableColumn<FleetInstance, String> ssmColumn() {
        TableColumn<FleetInstance, String> column = Cells.column("SSM", 120,
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
    private void startSession() {
        model.startSession(instances.getSelectionModel().getSelectedItem());
    }
}
