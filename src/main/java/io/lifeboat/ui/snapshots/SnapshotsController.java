package io.lifeboat.ui.snapshots;

import io.lifeboat.snapshots.SnapshotOrigin;
import io.lifeboat.snapshots.SnapshotRow;
import io.lifeboat.ui.common.Cells;
import io.lifeboat.ui.common.RegionMenu;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import atlantafx.base.controls.CustomTextField;

/** The snapshots of a region: who made each, until when it is kept, and which have lost their volume. */
public final class SnapshotsController {

    private static final String ALL_ORIGINS = "All origins";

    @FXML private Label subtitle;
    @FXML private MenuButton regionMenu;
    @FXML private ProgressIndicator loading;
    @FXML private CustomTextField search;
    @FXML private ComboBox<String> origin;
    @FXML private CheckBox orphansOnly;
    @FXML private Label totals;
    @FXML private TableView<SnapshotRow> table;
    @FXML private Label tags;

    private final SnapshotsViewModel model;
    private final StringProperty focus;

    public SnapshotsController(SnapshotsViewModel model, StringProperty focus) {
        this.model = model;
        this.focus = focus;
    }

    @FXML
    private void initialize() {
        RegionMenu.bind(regionMenu, model.regions());
        loading.visibleProperty().bind(model.loadingProperty());
        origin.getItems().add(ALL_ORIGINS);
        for (SnapshotOrigin o : SnapshotOrigin.values()) {
            origin.getItems().add(o.label());
        }
        origin.setValue(ALL_ORIGINS);
        FilteredList<SnapshotRow> filtered = new FilteredList<>(model.rows());
        filtered.predicateProperty().bind(Bindings.createObjectBinding(() -> this::matches,
                search.textProperty(), origin.valueProperty(), orphansOnly.selectedProperty()));
        SortedList<SnapshotRow> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("snapshotsTable");
        table.setPlaceholder(new Label("No snapshot matches."));
        table.getColumns().setAll(List.of(
                Cells.column("Snapshot", 210, r -> new ReadOnlyStringWrapper(r.id())),
                Cells.column("Volume", 190, r -> new ReadOnlyStringWrapper(r.orphan()
                        ? r.snapshot().volumeId() + " (gone)" : r.volumeName().isBlank() ? r.snapshot().volumeId() : r.volumeName())),
                Cells.column("Instance", 140, r -> new ReadOnlyStringWrapper(r.instanceName())),
                timeColumn(),
                Cells.column("State", 100, r -> new ReadOnlyStringWrapper(r.snapshot().state().equals("pending")
                        ? "pending " + r.snapshot().progressPercent() + "%" : r.snapshot().state())),
                Cells.column("Size (GiB)", 95, r -> new ReadOnlyObjectWrapper<>(r.snapshot().volumeSizeGiB())),
                Cells.column("Kept until", 100, r -> new ReadOnlyStringWrapper(r.deleteOn() == null ? "" : r.deleteOn())),
                Cells.column("Origin", 160, r -> new ReadOnlyStringWrapper(r.origin().label())),
                Cells.column("Description", 360, r -> new ReadOnlyStringWrapper(Cells.orEmpty(r.snapshot().description())))));
        subtitle.textProperty().bind(Bindings.createStringBinding(() -> filtered.size() + " of " + model.rows().size()
                + " snapshots", filtered, model.rows()));
        totals.textProperty().bind(Bindings.createStringBinding(() -> filtered.stream()
                .mapToLong(r -> r.snapshot().volumeSizeGiB()).sum() + " GiB of volume data shown", filtered));
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> tags.setText(now == null ? ""
                : now.id() + " tags: " + new TreeMap<>(now.snapshot().tags()).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("   "))));
        focus.addListener((obs, was, now) -> applyFocus(now));
        applyFocus(focus.get());
    }

    private void applyFocus(String volumeId) {
        if (volumeId != null && !volumeId.isBlank()) {
            search.setText(volumeId);
            focus.set("");
        }
    }

    private boolean matches(SnapshotRow row) {
        String wantedOrigin = origin.getValue();
        if (wantedOrigin != null && !ALL_ORIGINS.equals(wantedOrigin) && !row.origin().label().equals(wantedOrigin)) {
            return false;
        }
        if (orphansOnly.isSelected() && !row.orphan()) {
            return false;
        }
        String text = search.getText() == null ? "" : search.getText().trim().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return true;
        }
        String haystack = (row.id() + " " + row.snapshot().volumeId() + " " + row.volumeName() + " " + row.instanceName()
                + " " + Cells.orEmpty(row.snapshot().description())).toLowerCase(Locale.ROOT);
        return haystack.contains(text);
    }

    private static TableColumn<SnapshotRow, Instant> timeColumn() {
        TableColumn<SnapshotRow, Instant> column = Cells.timeColumn("Started", 165, SnapshotRow::startTime);
        column.setSortType(TableColumn.SortType.DESCENDING);
        return column;
    }

    @FXML
    private void refresh() {
        model.refresh();
    }

}
