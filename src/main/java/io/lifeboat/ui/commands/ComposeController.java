package io.lifeboat.ui.commands;

import atlantafx.base.controls.CustomTextField;
import io.lifeboat.commands.CommandTemplate;
import io.lifeboat.commands.DocumentCatalog;
import io.lifeboat.commands.DocumentDefinition;
import io.lifeboat.commands.DocumentQuery;
import io.lifeboat.commands.DocumentSummary;
import io.lifeboat.commands.FleetInstance;
import io.lifeboat.commands.TargetPreview;
import io.lifeboat.ui.common.Cells;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.kordamp.ikonli.javafx.FontIcon;

/** Binds the compose tab: documents, the generated parameters form, targets, options, preview, send. */
public final class ComposeController {

    @FXML private FlowPane shortcuts;
    @FXML private ChoiceBox<DocumentQuery.Ownership> ownership;
    @FXML private ChoiceBox<String> platform;
    @FXML private CustomTextField documentSearch;
    @FXML private ListView<DocumentSummary> documents;
    @FXML private Label documentName;
    @FXML private Label documentFacts;
    @FXML private Label documentDescription;
    @FXML private GridPane parameters;
    @FXML private RadioButton byTags;
    @FXML private RadioButton byInstances;
    @FXML private VBox tagBox;
    @FXML private VBox tagRows;
    @FXML private VBox pickBox;
    @FXML private CustomTextField pickSearch;
    @FXML private TableView<FleetInstance> pickTable;
    @FXML private TextField comment;
    @FXML private TextField maxConcurrency;
    @FXML private TextField maxErrors;
    @FXML private TextField deliveryTimeout;
    @FXML private TextField canary;
    @FXML private TextField s3Bucket;
    @FXML private TextField s3Prefix;
    @FXML private TextField logGroup;
    @FXML private TextField snsTopic;
    @FXML private TextField snsRole;
    @FXML private Label executionTimeoutHint;
    @FXML private Label previewSummary;
    @FXML private TableView<TargetPreview.Row> previewTable;
    @FXML private Label problems;
    @FXML private MenuButton templatesMenu;
    @FXML private Button sendButton;

    private final RunCommandViewModel root;
    private final ComposeViewModel model;
    private final Map<String, BooleanProperty> checks = new HashMap<>();

    ComposeController(RunCommandViewModel root) {
        this.root = root;
        this.model = root.compose();
    }

    @FXML
    private void initialize() {
        documentsPane();
        ParameterFields fields = new ParameterFields(parameters, model);
        model.documentProperty().addListener((obs, was, now) -> {
            fields.show(now);
            describe(now);
        });
        targets();
        options();
        preview();
        problems.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", model.problems()),
                model.problems()));
        sendButton.disableProperty().bind(Bindings.isNotEmpty(model.problems()).or(model.sendingProperty()));
        model.templates().addListener((ListChangeListener<CommandTemplate>) c -> templates());
    }

    private void documentsPane() {
        for (String name : DocumentCatalog.SHORTCUTS) {
            Button shortcut = new Button(name);
            shortcut.setId("doc-" + name);
            shortcut.getStyleClass().addAll("small", "flat");
            shortcut.setOnAction(e -> root.documents().choose(name));
            shortcuts.getChildren().add(shortcut);
        }
        ownership.getItems().setAll(DocumentQuery.Ownership.values());
        ownership.setConverter(Cells.converter(DocumentQuery.Ownership::label));
        ownership.valueProperty().bindBidirectional(root.documents().ownershipProperty());
        platform.getItems().setAll("Any platform", "Linux", "Windows", "MacOS");
        platform.setValue("Any platform");
        platform.valueProperty().addListener((obs, was, now) -> root.documents().platformProperty()
                .set("Any platform".equals(now) ? null : now));
        documentSearch.textProperty().bindBidirectional(root.documents().searchProperty());
        documents.setItems(root.documents().documents());
        documents.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(DocumentSummary d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : d.name() + (d.amazon() ? "" : "   (" + d.owner() + ")"));
            }
        });
        documents.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            DocumentDefinition chosen = root.documents().chosenProperty().get();
            if (now != null && (chosen == null || !chosen.name().equals(now.name()))) {
                root.documents().choose(now.name());
            }
        });
        // A document chosen by a shortcut or a template shows as the list's selection.
        root.documents().chosenProperty().addListener((obs, was, now) -> select(now));
        root.documents().documents().addListener((ListChangeListener<DocumentSummary>) c ->
                select(root.documents().chosenProperty().get()));
    }

    private void select(DocumentDefinition document) {
        if (document != null) {
            documents.getItems().stream().filter(d -> d.name().equals(document.name())).findFirst()
                    .ifPresent(d -> documents.getSelectionModel().select(d));
        }
    }

    private void describe(DocumentDefinition document) {
        documentName.setText(document == null ? "" : document.name());
        documentFacts.setText(document == null ? "" : "Owner: " + document.owner() + "  ·  default version "
                + document.defaultVersion() + " of " + document.latestVersion() + "  ·  "
                + String.join(", ", document.platformTypes()));
        documentDescription.setText(document == null ? "" : document.description());
        executionTimeoutHint.setText(document == null ? "" : document.parameter(DocumentDefinition.EXECUTION_TIMEOUT)
                .map(p -> "Execution timeout: the document's executionTimeout parameter above (default "
                        + p.defaultText() + " s).")
                .orElse("This document has no executionTimeout parameter: its steps set their own limits."));
    }

    private void targets() {
        ToggleGroup mode = new ToggleGroup();
        byTags.setToggleGroup(mode);
        byInstances.setToggleGroup(mode);
        byTags.setSelected(model.targetModeProperty().get() == ComposeViewModel.TargetMode.TAGS);
        byInstances.setSelected(!byTags.isSelected());
        mode.selectedToggleProperty().addListener((obs, was, now) -> model.targetModeProperty()
                .set(now == byInstances ? ComposeViewModel.TargetMode.INSTANCES : ComposeViewModel.TargetMode.TAGS));
        model.targetModeProperty().addListener((obs, was, now) -> {
            (now == ComposeViewModel.TargetMode.TAGS ? byTags : byInstances).setSelected(true);
            showTargetMode();
        });
        showTargetMode();
        model.tagRows().addListener((ListChangeListener<TagRow>) c -> {
            if (c.next() && (c.wasAdded() || c.wasRemoved())) {
                tagRowsChanged();
            }
        });
        tagRowsChanged();
        FilteredList<FleetInstance> filtered = new FilteredList<>(root.fleet());
        filtered.predicateProperty().bind(Bindings.createObjectBinding(() -> i -> FleetController.matches(i,
                pickSearch.getText()), pickSearch.textProperty()));
        pickTable.setItems(filtered);
        pickTable.setEditable(true);
        TableColumn<FleetInstance, Boolean> check = new TableColumn<>("");
        check.setPrefWidth(34);
        check.setEditable(true);
        check.setCellValueFactory(c -> checks.computeIfAbsent(c.getValue().id(), id -> {
            BooleanProperty chosen = new SimpleBooleanProperty(model.picked().contains(id));
            chosen.addListener((obs, was, now) -> model.pick(id, now));
            return chosen;
        }));
        check.setCellFactory(CheckBoxTableCell.forTableColumn(check));
        pickTable.getColumns().setAll(List.of(check,
                Cells.column("Name", 150, i -> new ReadOnlyStringWrapper(i.name())),
                Cells.column("Instance", 180, i -> new ReadOnlyStringWrapper(i.id())),
                FleetController.ssmColumn(),
                Cells.column("Platform", 80, i -> new ReadOnlyStringWrapper(i.platform())),
                Cells.column("Role", 75, i -> new ReadOnlyStringWrapper(i.tags().getOrDefault("Role", ""))),
                Cells.column("Env", 65, i -> new ReadOnlyStringWrapper(i.tags().getOrDefault("Env", "")))));
        model.picked().addListener((javafx.collections.SetChangeListener<String>) c ->
                checks.forEach((id, chosen) -> chosen.set(model.picked().contains(id))));
    }

    private void showTargetMode() {
        boolean tags = model.targetModeProperty().get() == ComposeViewModel.TargetMode.TAGS;
        tagBox.setVisible(tags);
        tagBox.setManaged(tags);
        pickBox.setVisible(!tags);
        pickBox.setManaged(!tags);
    }

    private void tagRowsChanged() {
        tagRows.getChildren().clear();
        int index = 0;
        for (TagRow row : model.tagRows()) {
            TextField key = new TextField();
            key.setPromptText("Tag key (Role)");
            key.setId("tagKey-" + index);
            key.textProperty().bindBidirectional(row.keyProperty());
            Label equals = new Label("=");
            TextField values = new TextField();
            values.setPromptText("Values, comma-separated (web,api)");
            values.setId("tagValues-" + index);
            values.textProperty().bindBidirectional(row.valuesProperty());
            HBox.setHgrow(values, Priority.ALWAYS);
            Button remove = new Button(null, new FontIcon("mdi2c-close"));
            remove.getStyleClass().addAll("flat", "small");
            remove.setOnAction(e -> model.removeTagRow(row));
            HBox line = new HBox(6, key, equals, values, remove);
            line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            tagRows.getChildren().add(line);
            index++;
        }
    }

    private void options() {
        OptionsForm o = model.options();
        comment.textProperty().bindBidirectional(o.commentProperty());
        maxConcurrency.textProperty().bindBidirectional(o.maxConcurrencyProperty());
        maxErrors.textProperty().bindBidirectional(o.maxErrorsProperty());
        deliveryTimeout.textProperty().bindBidirectional(o.deliveryTimeoutProperty());
        canary.textProperty().bindBidirectional(o.canaryProperty());
        s3Bucket.textProperty().bindBidirectional(o.s3BucketProperty());
        s3Prefix.textProperty().bindBidirectional(o.s3PrefixProperty());
        logGroup.textProperty().bindBidirectional(o.logGroupProperty());
        snsTopic.textProperty().bindBidirectional(o.snsTopicProperty());
        snsRole.textProperty().bindBidirectional(o.snsRoleProperty());
    }

    private void preview() {
        previewTable.setId("commandPreview");
        previewTable.setPlaceholder(new Label("Give the targets: who matches shows here before anything is sent."));
        previewTable.getColumns().setAll(List.of(
                Cells.column("Name", 120, r -> new ReadOnlyStringWrapper(r.instance().name())),
                Cells.column("Instance", 180, r -> new ReadOnlyStringWrapper(r.instance().id())),
                Cells.column("Platform", 90, r -> new ReadOnlyStringWrapper(r.instance().platform())),
                Cells.column("SSM", 110, r -> new ReadOnlyStringWrapper(r.instance().managed()
                        ? r.instance().pingStatus() : "Not managed")),
                Cells.column("Agent", 90, r -> new ReadOnlyStringWrapper(Cells.orEmpty(r.instance().agentVersion()))),
                whyColumn()));
        previewTable.getColumns().forEach(c -> c.setMinWidth(c.getPrefWidth()));
        // All six fit a 1280-pixel-wide window; the reason wraps in what is left.
        previewTable.getColumns().get(previewTable.getColumns().size() - 1).setMinWidth(140);
        previewTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        previewTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(TargetPreview.Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("command-unreached");
                if (!empty && row != null && !row.reached()) {
                    getStyleClass().add("command-unreached");
                }
            }
        });
        model.previewProperty().addListener((obs, was, now) -> {
            // Those the command would never reach first: they are what the user must look at.
            previewTable.getItems().setAll(now == null ? List.of() : now.rows().stream()
                    .sorted(Comparator.comparing(TargetPreview.Row::reached)).toList());
            previewSummary.setText(now == null ? "" : now.summary());
        });
    }

    /** Why the command would never reach it, wrapped: the reason is what the user must read whole. */
    private static TableColumn<TargetPreview.Row, String> whyColumn() {
        TableColumn<TargetPreview.Row, String> column = Cells.column("Never reached", 420,
                r -> new ReadOnlyStringWrapper(r.why()));
        column.setCellFactory(c -> new TableCell<>() {
            private final Text sentence = new Text();
            {
                sentence.wrappingWidthProperty().bind(c.widthProperty().subtract(14));
                sentence.fillProperty().bind(textFillProperty());
                sentence.fontProperty().bind(fontProperty());
            }

            @Override
            protected void updateItem(String why, boolean empty) {
                super.updateItem(why, empty);
                sentence.setText(empty || why == null ? "" : why);
                setGraphic(empty ? null : sentence);
            }
        });
        return column;
    }

    private void templates() {
        templatesMenu.getItems().setAll(model.templates().stream().map(t -> {
            MenuItem item = new MenuItem(t.name() + "  (" + t.documentName() + ")");
            item.setOnAction(e -> model.apply(t, root.documents()));
            return item;
        }).toList());
        if (templatesMenu.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No template saved yet");
            none.setDisable(true);
            templatesMenu.getItems().add(none);
        }
    }

    @FXML
    private void addTagRow() {
        model.addTagRow();
    }

    @FXML
    private void saveTemplate() {
        TextInputDialog ask = new TextInputDialog(model.documentProperty().get() == null ? ""
                : model.documentProperty().get().name());
        ask.initOwner(sendButton.getScene().getWindow());
        ask.setTitle("Save as template");
        ask.setHeaderText("Save the document, its values, the targets and the options under a name");
        ask.showAndWait().ifPresent(model::saveTemplate);
    }

    @FXML
    private void reviewAndSend() {
        model.reviewAndSend();
    }
}
