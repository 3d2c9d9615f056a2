package io.lifeboat.ui.commands;

import io.lifeboat.commands.FleetInstance;
import io.lifeboat.commands.InvocationRow;
import io.lifeboat.commands.InvocationState;
import io.lifeboat.commands.OutputGroup;
import io.lifeboat.ui.common.Cells;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

/** Binds the command tab: counts by status, the per-instance table, grouped outputs with a diff, actions. */
public final class WatchController {

    @FXML private Label title;
    @FXML private ProgressIndicator following;
    @FXML private FlowPane counts;
    @FXML private HBox canaryBar;
    @FXML private Label canaryQuestion;
    @FXML private Label summary;
    @FXML private Button cancelChosenButton;
    @FXML private Button cancelAllButton;
    @FXML private Button rerunButton;
    @FXML private Button sessionButton;
    @FXML private TableView<InvocationRow> invocations;
    @FXML private TabPane outputTabs;
    @FXML private Tab instanceTab;
    @FXML private Label groupsSummary;
    @FXML private ListView<OutputGroup> groups;
    @FXML private CheckBox diff;
    @FXML private TextArea groupText;
    @FXML private TextArea outputText;

    private final RunCommandViewModel root;
    private final CommandWatchViewModel model;

    WatchController(RunCommandViewModel root) {
        this.root = root;
        this.model = root.watch();
    }

    @FXML
    private void initialize() {
        title.textProperty().bind(model.titleProperty());
        following.visibleProperty().bind(model.followingProperty());
        summary.textProperty().bind(model.summaryProperty());
        canaryQuestion.textProperty().bind(model.canaryQuestionProperty());
        canaryBar.visibleProperty().bind(model.canaryQuestionProperty().isNotEmpty());
        canaryBar.managedProperty().bind(canaryBar.visibleProperty());
        model.counts().addListener((MapChangeListener<InvocationState, Integer>) c -> showCounts());
        showCounts();
        table();
        cancelAllButton.disableProperty().bind(model.doneProperty().or(Bindings.isEmpty(model.rows())));
        cancelChosenButton.disableProperty().bind(Bindings.isEmpty(invocations.getSelectionModel().getSelectedItems())
                .or(model.doneProperty()));
        rerunButton.disableProperty().bind(Bindings.createBooleanBinding(() -> model.rows().stream()
                .noneMatch(r -> r.state().failed()), model.rows()));
        sessionButton.disableProperty().bind(invocations.getSelectionModel().selectedItemProperty().isNull());
        groups.setId("outputGroups");
        groups.setItems(model.groups());
        groups.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(OutputGroup group, boolean empty) {
                super.updateItem(group, empty);
                setText(empty || group == null ? null : group.headline());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        groups.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                model.selectedGroupProperty().set(now);
            }
        });
        // The list shows which group is on the right, also after a refresh replaced its items.
        // (an equal group after a refresh changes no property, but the list dropped its selection with its items)
        model.selectedGroupProperty().addListener((obs, was, now) -> groups.getSelectionModel().select(now));
        model.groups().addListener((ListChangeListener<OutputGroup>) c ->
                groups.getSelectionModel().select(model.selectedGroupProperty().get()));
        groupsSummary.textProperty().bind(model.groupsSummaryProperty());
        diff.selectedProperty().bindBidirectional(model.diffProperty());
        groupText.textProperty().bind(model.groupTextProperty());
        outputText.textProperty().bind(model.outputTextProperty());
    }

    private void table() {
        invocations.setId("invocationsTable");
        invocations.setItems(model.rows());
        invocations.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        invocations.setPlaceholder(new Label("No invocation yet."));
        invocations.getColumns().setAll(List.of(
                Cells.column("Instance", 180, r -> new ReadOnlyStringWrapper(r.instanceId())),
                Cells.column("Name", 140, r -> new ReadOnlyStringWrapper(name(r.instanceId()))),
                statusColumn(),
                Cells.column("Details", 120, r -> new ReadOnlyStringWrapper(r.statusDetails())),
                Cells.timeColumn("Started", 170, InvocationRow::started),
                Cells.column("Duration", 90, r -> new ReadOnlyStringWrapper(duration(r.duration(Instant.now())))),
                Cells.column("Code", 60, r -> new ReadOnlyObjectWrapper<>(r.responseCode())),
                Cells.column("Output (first line)", 360, r -> new ReadOnlyStringWrapper(r.output().lines().findFirst()
                        .orElse("")))));
        // Every column readable in full; the first line of output takes what room is left.
        invocations.getColumns().forEach(c -> c.setMinWidth(c.getPrefWidth()));
        invocations.getColumns().get(invocations.getColumns().size() - 1).setMinWidth(160);
        invocations.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        invocations.setRowFactory(t -> {
            TableRow<InvocationRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openOutput(row.getItem());
                }
            });
            return row;
        });
    }

    private String name(String instanceId) {
        return root.fleet().stream().filter(i -> i.id().equals(instanceId)).map(FleetInstance::name).findFirst()
                .orElse("");
    }

    private static String duration(Duration d) {
        return d == null ? "" : d.toMinutes() > 0 ? d.toMinutes() + "m " + d.toSecondsPart() + "s" : d.toSeconds() + "s";
    }

    private static TableColumn<InvocationRow, InvocationState> statusColumn() {
        TableColumn<InvocationRow, InvocationState> column = Cells.column("Status", 110,
                r -> new ReadOnlyObjectWrapper<>(r.state()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(InvocationState state, boolean empty) {
                super.updateItem(state, empty);
                setText(null);
                setGraphic(empty || state == null ? null : badge(state, state.label()));
            }
        });
        return column;
    }

    private void showCounts() {
        counts.getChildren().clear();
        for (InvocationState state : InvocationState.values()) {
            int n = Optional.ofNullable(model.counts().get(state)).orElse(0);
            Label badge = badge(state, state.label() + " " + n);
            badge.setId("count-" + state.label());
            badge.setOpacity(n == 0 ? 0.45 : 1);
            counts.getChildren().add(badge);
        }
    }

    static Label badge(InvocationState state, String text) {
        Label badge = new Label(text);
        badge.getStyleClass().addAll("badge", switch (state) {
            case SUCCESS -> "status-ok";
            case FAILED, TIMED_OUT, UNDELIVERABLE -> "status-never-backed-up";
            case PENDING, IN_PROGRESS -> "status-overdue";
            default -> "status-opted-out";
        });
        return badge;
    }

    private void openOutput(InvocationRow row) {
        outputTabs.getSelectionModel().select(instanceTab);
        model.openOutput(row);
    }

    @FXML
    private void refresh() {
        model.follow();
    }

    @FXML
    private void cancelAll() {
        model.cancelAll();
    }

    @FXML
    private void cancelChosen() {
        model.cancel(List.copyOf(invocations.getSelectionModel().getSelectedItems()));
    }

    @FXML
    private void rerunFailed() {
        model.rerunFailed();
    }

    @FXML
    private void startSession() {
        InvocationRow row = invocations.getSelectionModel().getSelectedItem();
        if (row != null) {
            root.fleet().stream().filter(i -> i.id().equals(row.instanceId())).findFirst().ifPresent(root::startSession);
        }
    }

    @FXML
    private void sendRest() {
        model.sendRest();
    }

    @FXML
    private void dropRest() {
        model.dropRest();
    }
}
