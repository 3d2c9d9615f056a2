package io.lifeboat.ui.volumes;

import io.lifeboat.ui.common.Cells;
import io.lifeboat.volumes.InvalidTagEditException;
import io.lifeboat.volumes.TagChange;
import io.lifeboat.volumes.TagEdit;
import io.lifeboat.volumes.TagEditPlan;
import io.lifeboat.volumes.TagTarget;
import io.lifeboat.volumes.VolumeRecord;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The tag editor: what to set or remove, on the volumes or their instances, and a preview of the
 * exact change per resource. Apply is possible only for the preview on screen.
 */
public final class TagEditController {

    @FXML private RadioButton volumesTarget;
    @FXML private RadioButton instancesTarget;
    @FXML private TextField retentionDays;
    @FXML private VBox setRows;
    @FXML private TextField removeKeys;
    @FXML private Label previewSummary;
    @FXML private Label problems;
    @FXML private TableView<TagChange> previewTable;

    private final List<VolumeRecord> selection;
    private final BiFunction<TagTarget, TagEdit, TagEditPlan> planner;
    private final BooleanProperty previewCurrent = new SimpleBooleanProperty();
    private TagEditPlan plan;

    public TagEditController(List<VolumeRecord> selection, BiFunction<TagTarget, TagEdit, TagEditPlan> planner) {
        this.selection = List.copyOf(selection);
        this.planner = planner;
    }

    @FXML
    private void initialize() {
        long instances = selection.stream().map(VolumeRecord::instanceId).filter(Objects::nonNull).distinct().count();
        volumesTarget.setText("the " + selection.size() + " selected volume" + (selection.size() == 1 ? "" : "s"));
        instancesTarget.setText("their " + instances + " instance" + (instances == 1 ? "" : "s"));
        instancesTarget.setDisable(instances == 0);
        volumesTarget.selectedProperty().addListener((obs, was, now) -> invalidate());
        removeKeys.textProperty().addListener((obs, was, now) -> invalidate());
        previewTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        previewTable.getColumns().setAll(List.of(
                Cells.column("Resource", 170, c -> new ReadOnlyStringWrapper(c.resourceId())),
                Cells.column("Name", 150, c -> new ReadOnlyStringWrapper(c.label())),
                Cells.column("Before \u2192 after", 360, c -> new ReadOnlyStringWrapper(String.join("\n", c.differences())))));
        previewTable.setPlaceholder(new Label("Preview to see the exact changes before anything is sent."));
        addRow();
    }

    public BooleanProperty previewCurrentProperty() {
        return previewCurrent;
    }

    /** The plan on screen, valid while {@link #previewCurrentProperty()} is true. */
    public TagEditPlan plan() {
        return plan;
    }

    @FXML
    private void addRow() {
        addRow("", "");
    }

    private void addRow(String key, String value) {
        TextField keyField = new TextField(key);
        keyField.setPromptText("Key");
        keyField.getStyleClass().add("tag-key");
        TextField valueField = new TextField(value);
        valueField.setPromptText("Value");
        valueField.getStyleClass().add("tag-value");
        HBox.setHgrow(valueField, Priority.ALWAYS);
        Button remove = new Button("\u2715");
        remove.getStyleClass().add("flat");
        HBox row = new HBox(6, keyField, valueField, remove);
        remove.setOnAction(e -> {
            setRows.getChildren().remove(row);
            invalidate();
        });
        keyField.textProperty().addListener((obs, was, now) -> invalidate());
        valueField.textProperty().addListener((obs, was, now) -> invalidate());
        setRows.getChildren().add(row);
    }

    /** Puts {@code key=value} in the rows, replacing that key's row or filling an empty one. */
    private void put(String key, String value) {
        for (var node : setRows.getChildren()) {
            HBox row = (HBox) node;
            TextField k = (TextField) row.getChildren().get(0);
            TextField v = (TextField) row.getChildren().get(1);
            if (k.getText().trim().equals(key) || k.getText().isBlank() && v.getText().isBlank()) {
                k.setText(key);
                v.setText(value);
                return;
            }
        }
        addRow(key, value);
    }

    @FXML
    private void backupYes() {
        put("Backup", "Yes");
    }

    @FXML
    private void backupNo() {
        put("Backup", "No");
    }

    @FXML
    private void setRetention() {
        put("Retention", retentionDays.getText().trim());
    }

    @FXML
    private void removeRetention() {
        Set<String> keys = new LinkedHashSet<>(keysToRemove());
        keys.add("Retention");
        removeKeys.setText(String.join(", ", keys));
    }

    private List<String> keysToRemove() {
        return Arrays.stream(removeKeys.getText().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private TagEdit edit() {
        Map<String, String> set = new LinkedHashMap<>();
        for (var node : setRows.getChildren()) {
            HBox row = (HBox) node;
            String key = ((TextField) row.getChildren().get(0)).getText();
            String value = ((TextField) row.getChildren().get(1)).getText();
            if (!key.isEmpty() || !value.isEmpty()) {
                set.put(key, value);
            }
        }
        return new TagEdit(set, new LinkedHashSet<>(keysToRemove()));
    }

    @FXML
    private void preview() {
        try {
            TagTarget target = volumesTarget.isSelected() ? TagTarget.VOLUMES : TagTarget.INSTANCES;
            plan = planner.apply(target, edit());
            previewTable.getItems().setAll(plan.changes());
            String summary = plan.changes().size() + " to change, " + plan.unchanged() + " already so";
            if (!plan.skipped().isEmpty()) {
                summary += "; skipped: " + String.join("; ", plan.skipped());
            }
            previewSummary.setText(summary + ".");
            showProblems(List.of());
            previewCurrent.set(!plan.empty());
        } catch (InvalidTagEditException e) {
            plan = null;
            previewTable.getItems().clear();
            previewSummary.setText("");
            showProblems(e.problems());
            previewCurrent.set(false);
        }
    }

    private void showProblems(List<String> messages) {
        problems.setText(String.join("\n", messages));
        problems.setVisible(!messages.isEmpty());
        problems.setManaged(!messages.isEmpty());
    }

    private void invalidate() {
        previewCurrent.set(false);
    }
}
