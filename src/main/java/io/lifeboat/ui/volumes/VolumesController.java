package io.lifeboat.ui.volumes;

import io.lifeboat.ui.common.DialogService;
import io.lifeboat.ui.common.Debouncer;
import io.lifeboat.ui.common.RegionMenu;
import io.lifeboat.volumes.BackupPolicy;
import io.lifeboat.volumes.BackupStatus;
import io.lifeboat.volumes.CoverageSummary;
import io.lifeboat.volumes.TagCondition;
import io.lifeboat.volumes.VolumeRecord;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableSet;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.util.Duration;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import atlantafx.base.controls.CustomTextField;

/** Binds the Volumes view to its view model: filters, table, coverage, details, tag editing. */
public final class VolumesController {

    @FXML private Label subtitle;
    @FXML private FlowPane regionChips;
    @FXML private MenuButton regionMenu;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private Label coverageTotal;
    @FXML private GridPane coverageBar;
    @FXML private FlowPane coverageLegend;
    @FXML private CustomTextField searchField;
    @FXML private TextField tagField;
    @FXML private FlowPane tagChips;
    @FXML private MenuButton statusMenu;
    @FXML private MenuButton policyMenu;
    @FXML private TextField instanceField;
    @FXML private Button editTagsButton;
    @FXML private Button copyIdsButton;
    @FXML private MenuButton columnsMenu;
    @FXML private Label selectionLabel;
    @FXML private TableView<VolumeRecord> table;
    @FXML private VBox details;

    private final VolumesViewModel model;
    private final DialogService dialogs;
    private final Consumer<VolumeRecord> openTimeline;
    private final Debouncer typing = new Debouncer(Duration.millis(150), this::pushSearch);
    private VolumeTable columns;
    private VolumeDetails detailsPane;
    private boolean selecting;

    public VolumesController(VolumesViewModel model, DialogService dialogs, Consumer<VolumeRecord> openTimeline) {
        this.model = model;
        this.dialogs = dialogs;
        this.openTimeline = openTimeline;
    }

    @FXML
    private void initialize() {
        columns = new VolumeTable(table, model::now);
        table.setId("volumesTable");
        SortedList<VolumeRecord> sorted = new SortedList<>(model.shownRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("No volume matches."));
        table.setRowFactory(t -> {
            TableRow<VolumeRecord> row = new TableRow<>();
            row.setContextMenu(rowMenu());
            return row;
        });
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<VolumeRecord>) c -> {
            if (!selecting) {
                model.select(List.copyOf(table.getSelectionModel().getSelectedItems()));
            }
        });
        model.selection().addListener((ListChangeListener<VolumeRecord>) c -> selectionChanged());
        table.setOnKeyPressed(e -> {
            if (new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN).match(e)) {
                copyIds();
            }
        });
        detailsPane = new VolumeDetails(details, dialogs, openTimeline);
        bindFilters();
        bindHeader();
        columnChooser();
        editTagsButton.disableProperty().bind(Bindings.isEmpty(model.selection()));
        copyIdsButton.disableProperty().bind(Bindings.isEmpty(model.selection()));
        Platform.runLater(() -> table.getScene().getAccelerators().put(
                new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), searchField::requestFocus));
        Platform.runLater(() -> table.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.F5), model::refresh));
    }

    private void bindFilters() {
        searchField.setTooltip(new Tooltip("Every word must match an id, a name or a tag (Ctrl+F)"));
        tagField.setTooltip(new Tooltip("Key=Value or Key, then Enter; one chip per condition"));
        instanceField.setTooltip(new Tooltip("Instance id or name"));
        // Typing filters once the keyboard pauses; the model filters whatever it is given.
        searchField.textProperty().addListener((obs, was, now) -> typing.trigger());
        searchField.setOnAction(e -> typing.flush());
        model.filters().textProperty().addListener((obs, was, now) -> {
            if (!now.equals(searchField.getText())) {
                searchField.setText(now);
            }
        });
        instanceField.textProperty().bindBidirectional(model.filters().instanceProperty());
        tagField.setOnAction(e -> {
            if (model.filters().addTag(tagField.getText())) {
                tagField.clear();
            }
        });
        model.filters().tags().addListener((ListChangeListener<TagCondition>) c -> tagChips.getChildren().setAll(
                model.filters().tags().stream().map(this::chip).toList()));
        for (BackupStatus status : BackupStatus.values()) {
            statusMenu.getItems().add(checkItem(status.label(), status, model.filters().statuses()));
        }
        for (BackupPolicy.Kind kind : BackupPolicy.Kind.values()) {
            policyMenu.getItems().add(checkItem(kind.id(), kind, model.filters().policies()));
        }
        model.filters().statuses().addListener((javafx.collections.SetChangeListener<BackupStatus>) c ->
                statusMenu.setText(model.filters().statuses().isEmpty() ? "Status" : "Status (" + model.filters().statuses().size() + ")"));
        model.filters().policies().addListener((javafx.collections.SetChangeListener<BackupPolicy.Kind>) c ->
                policyMenu.setText(model.filters().policies().isEmpty() ? "Policy" : "Policy (" + model.filters().policies().size() + ")"));
    }

    private <E> CheckMenuItem checkItem(String label, E value, ObservableSet<E> set) {
        CheckMenuItem item = new CheckMenuItem(label);
        item.setSelected(set.contains(value));
        item.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                set.add(value);
            } else {
                set.remove(value);
            }
        });
        set.addListener((javafx.collections.SetChangeListener<E>) c -> item.setSelected(set.contains(value)));
        return item;
    }

    private Button chip(TagCondition condition) {
        Button chip = new Button(condition.label() + "  \u2715");
        chip.getStyleClass().addAll("tag-chip", "small");
        chip.setTooltip(new Tooltip("Remove this tag filter"));
        chip.setOnAction(e -> model.filters().tags().remove(condition));
        return chip;
    }

    private void pushSearch() {
        model.filters().textProperty().set(searchField.getText());
    }

    private void bindHeader() {
        loadingIndicator.visibleProperty().bind(model.loadingProperty());
        subtitle.textProperty().bind(model.subtitle());
        model.regionStatuses().addListener((ListChangeListener<RegionStatus>) c -> showRegionChips());
        RegionMenu.bind(regionMenu, model.regions());
        model.summaryProperty().addListener((obs, was, now) -> showCoverage(now));
        showCoverage(model.summaryProperty().get());
    }

    /** A chip per region while loading, and for a failed region; none for one region that loaded. */
    private void showRegionChips() {
        List<RegionStatus> statuses = model.regionStatuses();
        boolean worthShowing = statuses.size() > 1
                || statuses.stream().anyMatch(s -> s.state() != RegionStatus.State.LOADED);
        regionChips.getChildren().setAll(worthShowing ? statuses.stream().map(this::regionChip).toList() : List.of());
        regionChips.setVisible(worthShowing);
        regionChips.setManaged(worthShowing);
    }

    private Label regionChip(RegionStatus status) {
        Label chip = new Label(switch (status.state()) {
            case LOADING -> status.region() + " \u2026";
            case LOADED -> status.region() + " \u2713 " + status.volumes();
            case FAILED -> status.region() + " \u2715";
        });
        chip.getStyleClass().addAll("region-chip", "region-" + status.state().name().toLowerCase());
        if (status.problem() != null) {
            chip.setTooltip(new Tooltip(status.problem().text() + " [" + status.problem().code() + "]"));
        }
        return chip;
    }

    private void showCoverage(CoverageSummary summary) {
        coverageTotal.setText(summary.total().volumes() + " volumes, " + summary.total().gib() + " GiB shown");
        coverageBar.getChildren().clear();
        coverageBar.getColumnConstraints().clear();
        coverageLegend.getChildren().clear();
        int total = Math.max(1, summary.total().volumes());
        int column = 0;
        for (BackupPolicy.Kind kind : BackupPolicy.Kind.values()) {
            CoverageSummary.Bucket bucket = summary.policy(kind);
            if (bucket.volumes() > 0) {
                Region segment = new Region();
                segment.getStyleClass().addAll("coverage-segment", "policy-" + kind.id());
                segment.setMaxWidth(Double.MAX_VALUE);
                segment.setPrefHeight(14);
                Tooltip.install(segment, new Tooltip(kind.id() + ": " + bucket.volumes() + " volumes, " + bucket.gib() + " GiB"));
                ColumnConstraints width = new ColumnConstraints();
                width.setPercentWidth(100.0 * bucket.volumes() / total);
                coverageBar.getColumnConstraints().add(width);
                coverageBar.add(segment, column++, 0);
            }
            coverageLegend.getChildren().add(legend("policy-" + kind.id(), kind.id(), bucket));
        }
        for (BackupStatus status : List.of(BackupStatus.OVERDUE, BackupStatus.NEVER_BACKED_UP)) {
            coverageLegend.getChildren().add(legend("status-" + status.id(), status.label().toLowerCase(), summary.status(status)));
        }
    }

    private HBox legend(String style, String name, CoverageSummary.Bucket bucket) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("legend-swatch", style);
        Label text = new Label(name + "  " + bucket.volumes() + "  \u00b7  " + bucket.gib() + " GiB");
        text.setId("coverage-" + name.replace(' ', '-'));
        HBox box = new HBox(6, swatch, text);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private void columnChooser() {
        columns.columns().forEach((key, column) -> {
            CheckMenuItem item = new CheckMenuItem(column.getText());
            item.selectedProperty().bindBidirectional(column.visibleProperty());
            columnsMenu.getItems().add(item);
        });
        CheckMenuItem age = new CheckMenuItem("Age");
        age.selectedProperty().bindBidirectional(columns.ageColumn().visibleProperty());
        columnsMenu.getItems().add(age);
        model.regions().chosen().addListener((ListChangeListener<String>) c -> columns.columns()
                .get(io.lifeboat.volumes.VolumeColumn.REGION).setVisible(model.regions().chosen().size() > 1));
    }

    private ContextMenu rowMenu() {
        MenuItem copy = new MenuItem("Copy ID(s)");
        copy.setOnAction(e -> copyIds());
        MenuItem console = new MenuItem("Open in AWS console");
        console.setOnAction(e -> model.openSelectionInConsole());
        MenuItem edit = new MenuItem("Edit tags…");
        edit.setOnAction(e -> editTags());
        return new ContextMenu(copy, console, new SeparatorMenuItem(), edit);
    }

    /** Shows the model's selection: in the table (rows replaced by a reload or an edit), the label, the details. */
    private void selectionChanged() {
        List<VolumeRecord> selected = List.copyOf(model.selection());
        if (!selected.equals(table.getSelectionModel().getSelectedItems())) {
            selecting = true;
            table.getSelectionModel().clearSelection();
            selected.forEach(table.getSelectionModel()::select);
            selecting = false;
        }
        selectionLabel.setText(selected.isEmpty() ? "" : selected.size() + " selected");
        if (selected.isEmpty()) {
            detailsPane.showNothing();
        } else if (selected.size() == 1) {
            detailsPane.show(selected.get(0), model.now());
        } else {
            detailsPane.showMany(selected);
        }
    }

    @FXML
    private void refresh() {
        model.refresh();
    }

    @FXML
    private void clearFilters() {
        model.filters().clear();
    }

    @FXML
    private void copyIds() {
        model.copySelectedIds();
    }

    @FXML
    private void editTags() {
        model.tagEditor().flatMap(editor -> TagEditDialog.ask(table.getScene().getWindow(), editor))
                .ifPresent(model::applyEdit);
    }

    @FXML
    private void exportCsv() {
        model.exportCsv(List.copyOf(table.getItems()), columns.visible(table));
    }
}
