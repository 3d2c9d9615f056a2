package io.lifeboat.ui.volumes;

import io.lifeboat.ui.common.Cells;
import io.lifeboat.volumes.BackupConvention;
import io.lifeboat.volumes.TagChange;
import io.lifeboat.volumes.TagTarget;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Binds the tag editor's form to its {@link TagEditViewModel}; the state and the rules are the model's. */
public final class TagEditController {

    @FXML private RadioButton volumesTarget;
    @FXML private RadioButton instancesTarget;
    @FXML private Button backupYes;
    @FXML private Button backupNo;
    @FXML private Label retentionLabel;
    @FXML private TextField retentionDays;
    @FXML private Button removeRetention;
    @FXML private VBox setRows;
    @FXML private TextField removeKeys;
    @FXML private Label previewSummary;
    @FXML private Label problems;
    @FXML private TableView<TagChange> previewTable;

    private final TagEditViewModel model;

    public TagEditController(TagEditViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        int volumes = model.volumes();
        long instances = model.instances();
        volumesTarget.setText("the " + volumes + " selected volume" + (volumes == 1 ? "" : "s"));
        instancesTarget.setText("their " + instances + " instance" + (instances == 1 ? "" : "s"));
        instancesTarget.setDisable(instances == 0);
        volumesTarget.selectedProperty().addListener((obs, was, now) ->
                model.targetProperty().set(now ? TagTarget.VOLUMES : TagTarget.INSTANCES));
        backupYes.setText(model.backupLabel(BackupConvention.YES));
        backupNo.setText(model.backupLabel(BackupConvention.NO));
        retentionLabel.setText(model.retentionKey());
        removeRetention.setText("Remove " + model.retentionKey());
        retentionDays.textProperty().bindBidirectional(model.retentionDaysProperty());
        removeKeys.textProperty().bindBidirectional(model.removeKeysProperty());
        model.rows().addListener((ListChangeListener<TagEditViewModel.TagRow>) c -> showRows());
        showRows();
        previewTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        previewTable.getColumns().setAll(List.of(
                Cells.column("Resource", 170, c -> new ReadOnlyStringWrapper(c.resourceId())),
                Cells.column("Name", 150, c -> new ReadOnlyStringWrapper(c.label())),
                Cells.column("Before \u2192 after", 360, c -> new ReadOnlyStringWrapper(String.join("\n", c.differences())))));
        previewTable.setPlaceholder(new Label("Preview to see the exact changes before anything is sent."));
        previewTable.setItems(model.changes());
        previewSummary.textProperty().bind(model.summaryProperty());
        problems.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", model.problems()),
                model.problems()));
        problems.visibleProperty().bind(Bindings.isNotEmpty(model.problems()));
        problems.managedProperty().bind(problems.visibleProperty());
    }

    /** One row of fields per tag to set; rebuilt when rows are added or removed, not when typed in. */
    private void showRows() {
        if (setRows.getChildren().size() == model.rows().size()
                && setRows.getChildren().stream().allMatch(n -> model.rows().contains(n.getUserData()))) {
            return;
        }
        setRows.getChildren().setAll(model.rows().stream().map(this::row).toList());
    }

    private HBox row(TagEditViewModel.TagRow tag) {
        TextField key = new TextField();
        key.setPromptText("Key");
        key.getStyleClass().add("tag-key");
        key.textProperty().bindBidirectional(tag.keyProperty());
        TextField value = new TextField();
        value.setPromptText("Value");
        value.getStyleClass().add("tag-value");
        value.textProperty().bindBidirectional(tag.valueProperty());
        HBox.setHgrow(value, Priority.ALWAYS);
        Button remove = new Button("\u2715");
        remove.getStyleClass().add("flat");
        remove.setOnAction(e -> model.removeRow(tag));
        HBox row = new HBox(6, key, value, remove);
        row.setUserData(tag);
        return row;
    }

    @FXML
    private void addRow() {
        model.addRow();
    }

    @FXML
    private void backupYes() {
        model.backupYes();
    }

    @FXML
    private void backupNo() {
        model.backupNo();
    }

    @FXML
    private void setRetention() {
        model.setRetention();
    }

    @FXML
    private void removeRetention() {
        model.removeRetention();
    }

    @FXML
    private void preview() {
        model.preview();
    }
}
