package io.lifeboat.ui.volumes;

import io.lifeboat.volumes.BackupConvention;
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
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The tag editor's state: what to set and remove, on the selected volumes or their instances, and
 * the preview of the exact change per resource. The quick buttons write the tag keys of the
 * convention in use (renamed in Settings, they follow). Any change after a preview makes it stale:
 * only the preview on screen can be applied.
 */
public final class TagEditViewModel {

    /** A tag to set: one row of the editor. */
    public static final class TagRow {
        private final StringProperty key = new SimpleStringProperty("");
        private final StringProperty value = new SimpleStringProperty("");

        public StringProperty keyProperty() {
            return key;
        }

        public StringProperty valueProperty() {
            return value;
        }

        boolean blank() {
            return key.get().isBlank() && value.get().isBlank();
        }
    }

    private final List<VolumeRecord> selection;
    private final BackupConvention convention;
    private final BiFunction<TagTarget, TagEdit, TagEditPlan> planner;
    private final ObjectProperty<TagTarget> target = new SimpleObjectProperty<>(TagTarget.VOLUMES);
    private final ObservableList<TagRow> rows = FXCollections.observableArrayList(r -> new Observable[]{r.key, r.value});
    private final StringProperty removeKeys = new SimpleStringProperty("");
    private final StringProperty retentionDays = new SimpleStringProperty("");
    private final ObservableList<TagChange> preview = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final BooleanProperty previewCurrent = new SimpleBooleanProperty();
    private TagEditPlan plan;

    public TagEditViewModel(List<VolumeRecord> selection, BackupConvention convention,
                            BiFunction<TagTarget, TagEdit, TagEditPlan> planner) {
        this.selection = List.copyOf(selection);
        this.convention = convention;
        this.planner = planner;
        target.addListener((obs, was, now) -> previewCurrent.set(false));
        rows.addListener((javafx.collections.ListChangeListener<TagRow>) c -> previewCurrent.set(false));
        removeKeys.addListener((obs, was, now) -> previewCurrent.set(false));
        addRow();
    }

    public int volumes() {
        return selection.size();
    }

    /** The instances the selected volumes are attached to (0: editing instances is not possible). */
    public long instances() {
        return selection.stream().map(VolumeRecord::instanceId).filter(Objects::nonNull).distinct().count();
    }

    public TagRow addRow() {
        TagRow row = new TagRow();
        rows.add(row);
        return row;
    }

    public void removeRow(TagRow row) {
        rows.remove(row);
    }

    /** "Backup = Yes", with the convention's key. */
    public String backupLabel(String value) {
        return convention.backupKey() + " = " + value;
    }

    public String retentionKey() {
        return convention.retentionKey();
    }

    public void backupYes() {
        put(convention.backupKey(), BackupConvention.YES);
    }

    public void backupNo() {
        put(convention.backupKey(), BackupConvention.NO);
    }

    /** Sets the retention tag to the days typed beside the button. */
    public void setRetention() {
        put(convention.retentionKey(), retentionDays.get().trim());
    }

    public void removeRetention() {
        Set<String> keys = new LinkedHashSet<>(keysToRemove());
        keys.add(convention.retentionKey());
        removeKeys.set(String.join(", ", keys));
    }

    /** Puts {@code key=value} in the rows, replacing that key's row or filling an empty one. */
    private void put(String key, String value) {
        TagRow row = rows.stream().filter(r -> r.key.get().trim().equals(key)).findFirst()
                .or(() -> rows.stream().filter(TagRow::blank).findFirst())
                .orElseGet(this::addRow);
        row.key.set(key);
        row.value.set(value);
    }

    private List<String> keysToRemove() {
        return Arrays.stream(removeKeys.get().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** The edit the form describes (rows left empty are ignored). */
    public TagEdit edit() {
        Map<String, String> set = new LinkedHashMap<>();
        rows.stream().filter(r -> !r.blank()).forEach(r -> set.put(r.key.get(), r.value.get()));
        return new TagEdit(set, new LinkedHashSet<>(keysToRemove()));
    }

    /** Plans the edit: the exact change per resource, or the problems that keep it from being applied. */
    public void preview() {
        try {
            plan = planner.apply(target.get(), edit());
            preview.setAll(plan.changes());
            String text = plan.changes().size() + " to change, " + plan.unchanged() + " already so";
            summary.set(text + (plan.skipped().isEmpty() ? "" : "; skipped: " + String.join("; ", plan.skipped())) + ".");
            problems.clear();
            previewCurrent.set(!plan.empty());
        } catch (InvalidTagEditException e) {
            plan = null;
            preview.clear();
            summary.set("");
            problems.setAll(e.problems());
            previewCurrent.set(false);
        }
    }

    /** The plan on screen, to apply; empty unless the preview is current and changes something. */
    public java.util.Optional<TagEditPlan> planToApply() {
        return previewCurrent.get() ? java.util.Optional.of(plan) : java.util.Optional.empty();
    }

    public ObjectProperty<TagTarget> targetProperty() {
        return target;
    }

    public ObservableList<TagRow> rows() {
        return rows;
    }

    public StringProperty removeKeysProperty() {
        return removeKeys;
    }

    public StringProperty retentionDaysProperty() {
        return retentionDays;
    }

    /** The previewed change of each resource. */
    public ObservableList<TagChange> changes() {
        return preview;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public ReadOnlyBooleanProperty previewCurrentProperty() {
        return previewCurrent;
    }
}
