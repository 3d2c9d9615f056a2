package io.lifeboat.ui.commands;

import io.lifeboat.commands.CommandSummary;
import io.lifeboat.commands.HistoryFilter;
import io.lifeboat.ui.common.Cells;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** Binds the history tab: filters by status, document and dates; a command opens in the command tab. */
public final class HistoryController {

    private static final String ANY = "Any";

    @FXML private ChoiceBox<String> status;
    @FXML private TextField document;
    @FXML private DatePicker from;
    @FXML private DatePicker to;
    @FXML private Button openButton;
    @FXML private TableView<CommandSummary> table;

    private final CommandHistoryViewModel model;

    HistoryController(CommandHistoryViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        List<String> statuses = new ArrayList<>(List.of(ANY));
        statuses.addAll(HistoryFilter.STATUSES);
        status.getItems().setAll(statuses);
        status.setValue(ANY);
        status.valueProperty().addListener((obs, was, now) -> model.statusProperty().set(ANY.equals(now) ? null : now));
        document.textProperty().bindBidirectional(model.documentProperty());
        from.valueProperty().bindBidirectional(model.fromProperty());
        to.valueProperty().bindBidirectional(model.toProperty());
        table.setId("commandHistory");
        table.setItems(model.commands());
        table.setPlaceholder(new Label("No command matches in this region."));
        table.getColumns().setAll(List.of(
                Cells.timeColumn("Requested", 170, CommandSummary::requestedAt),
                Cells.column("Document", 200, c -> new ReadOnlyStringWrapper(c.documentName())),
                Cells.column("Status", 95, c -> new ReadOnlyStringWrapper(c.status())),
                Cells.column("Details", 110, c -> new ReadOnlyStringWrapper(Cells.orEmpty(c.statusDetails()))),
                Cells.column("Targets", 65, c -> new ReadOnlyObjectWrapper<>(c.targetCount())),
                Cells.column("Done", 55, c -> new ReadOnlyObjectWrapper<>(c.completedCount())),
                Cells.column("Errors", 60, c -> new ReadOnlyObjectWrapper<>(c.errorCount())),
                Cells.column("Target", 170, c -> new ReadOnlyStringWrapper(c.targets())),
                Cells.column("Comment", 220, c -> new ReadOnlyStringWrapper(Cells.orEmpty(c.comment()))),
                Cells.column("Command id", 280, c -> new ReadOnlyStringWrapper(c.commandId()))));
        table.setRowFactory(t -> {
            TableRow<CommandSummary> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    model.open(row.getItem());
                }
            });
            return row;
        });
        openButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    }

    @FXML
    private void refresh() {
        model.refresh();
    }

    @FXML
    private void open() {
        model.open(table.getSelectionModel().getSelectedItem());
    }
}
