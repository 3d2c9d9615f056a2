package io.lifeboat.ui.snapshots;

import io.lifeboat.snapshots.FleetRow;
import io.lifeboat.snapshots.SnapshotRow;
import io.lifeboat.ui.common.DialogService;
import io.lifeboat.ui.common.RegionMenu;
import io.lifeboat.ui.shell.TimelineRequest;
import io.lifeboat.volumes.VolumeRecord;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import atlantafx.base.controls.CustomTextField;

/**
 * The Snapshots view's controller: the header, the three tabs (fleet, timeline, every snapshot; each bound
 * by a class of its own) and the work under way. Opens a volume's timeline when another view asks.
 */
public final class SnapshotsController {

    @FXML private Label subtitle;
    @FXML private MenuButton regionMenu;
    @FXML private ProgressIndicator loading;
    @FXML private TabPane tabs;
    @FXML private Tab fleetTab;
    @FXML private Tab timelineTab;
    @FXML private CustomTextField fleetSearch;
    @FXML private TextField fleetTag;
    @FXML private FlowPane fleetTagChips;
    @FXML private ToggleButton days30;
    @FXML private ToggleButton days90;
    @FXML private Label fleetSummary;
    @FXML private FlowPane fleetLegend;
    @FXML private StackPane heatMapHost;
    @FXML private Label orphanSummary;
    @FXML private Button deleteOrphans;
    @FXML private TableView<SnapshotRow> orphansTable;
    @FXML private ComboBox<VolumeRecord> volumeChoice;
    @FXML private CheckBox wholeInstance;
    @FXML private HBox zoomButtons;
    @FXML private Button snapshotNowButton;
    @FXML private Label timelineTitle;
    @FXML private Label policyBasis;
    @FXML private StackPane timelineHost;
    @FXML private VBox markDetails;
    @FXML private FlowPane timelineLegend;
    @FXML private CustomTextField search;
    @FXML private ComboBox<String> origin;
    @FXML private CheckBox orphansOnly;
    @FXML private Label totals;
    @FXML private Button listTimeline;
    @FXML private Button listRetention;
    @FXML private Button listCopy;
    @FXML private Button listRestore;
    @FXML private Button listDelete;
    @FXML private Label selectionLabel;
    @FXML private TableView<SnapshotRow> table;
    @FXML private Label tags;
    @FXML private VBox underWayBox;
    @FXML private TableView<ProgressRow> underWayTable;

    private final SnapshotsViewModel model;
    private final DialogService dialogs;
    private final ObservableBooleanValue readOnly;
    private final BooleanProperty dark;
    private final ObjectProperty<TimelineRequest> requests;
    private TimelinePane timelinePane;
    private FleetPane fleetPane;
    private SnapshotList list;

    public SnapshotsController(SnapshotsViewModel model, DialogService dialogs, ObservableBooleanValue readOnly,
                               BooleanProperty dark, ObjectProperty<TimelineRequest> requests) {
        this.model = model;
        this.dialogs = dialogs;
        this.readOnly = readOnly;
        this.dark = dark;
        this.requests = requests;
    }

    @FXML
    private void initialize() {
        RegionMenu.bind(regionMenu, model.regions());
        loading.visibleProperty().bind(model.loadingProperty());
        subtitle.textProperty().bind(Bindings.createStringBinding(() -> model.rows().size() + " snapshots in "
                + model.regions().label(), model.rows(), model.regions().chosen()));
        timelinePane = new TimelinePane(model, dialogs, readOnly, dark, new TimelinePane.Nodes(timelineHost, markDetails,
                volumeChoice, wholeInstance, zoomButtons, snapshotNowButton, timelineTitle, policyBasis, timelineLegend));
        fleetPane = new FleetPane(model, readOnly, dark, this::openRow, new FleetPane.Nodes(heatMapHost, fleetSearch, fleetTag,
                fleetTagChips, days30, days90, fleetSummary, fleetLegend, orphansTable, orphanSummary, deleteOrphans));
        list = new SnapshotList(model, readOnly, new SnapshotList.Nodes(search, origin, orphansOnly, totals, table, tags,
                selectionLabel, List.of(listTimeline, listRetention, listCopy, listRestore, listDelete)), this::openTimeline);
        underWay();
        requests.addListener((obs, was, request) -> follow(request));
        follow(requests.get());
    }

    private void underWay() {
        underWayTable.setId("underWayTable");
        underWayTable.setItems(model.actions().underWay());
        underWayTable.setPlaceholder(new Label("Nothing under way."));
        underWayTable.getColumns().setAll(List.of(
                io.lifeboat.ui.common.Cells.column("What", 380, r -> new ReadOnlyStringWrapper(r.what())),
                io.lifeboat.ui.common.Cells.column("Snapshot", 210, r -> new ReadOnlyStringWrapper(r.resource())),
                io.lifeboat.ui.common.Cells.column("State", 120, r -> new ReadOnlyStringWrapper(r.state())),
                io.lifeboat.ui.common.Cells.column("Progress", 90, r -> new ReadOnlyObjectWrapper<>(r.percent() + "%"))));
        underWayBox.visibleProperty().bind(Bindings.isNotEmpty(model.actions().underWay()));
        underWayBox.managedProperty().bind(underWayBox.visibleProperty());
    }

    private void follow(TimelineRequest request) {
        if (request != null) {
            requests.set(null);
            openTimeline(request.region(), request.volumeId());
        }
    }

    private void openRow(FleetRow row) {
        openTimeline(row.volume().region(), row.volume().volumeId());
    }

    void openTimeline(String region, String volumeId) {
        model.openTimeline(region, volumeId);
        tabs.getSelectionModel().select(timelineTab);
    }

    @FXML
    private void refresh() {
        model.refresh();
    }

    @FXML
    private void today() {
        model.timeline().today();
    }

    @FXML
    private void snapshotNow() {
        timelinePane.snapshotNow();
    }

    @FXML
    private void deleteOrphans() {
        fleetPane.deleteSelected();
    }

    @FXML
    private void listTimeline() {
        list.openTimeline();
    }

    @FXML
    private void listRetention() {
        model.actions().changeRetention(list.selected());
    }

    @FXML
    private void listCopy() {
        model.actions().copy(list.selected());
    }

    @FXML
    private void listRestore() {
        List<io.lifeboat.inventory.Ec2Snapshot> selected = list.selected();
        if (selected.size() == 1) {
            model.actions().restore(selected.get(0));
        }
    }

    @FXML
    private void listDelete() {
        model.actions().delete(list.selected());
    }

    /** The canvases, for tests that look at what was drawn. */
    public TimelineCanvas timelineCanvas() {
        return timelinePane.canvas();
    }

    public HeatMapCanvas heatMap() {
        return fleetPane.heatMap();
    }
}
