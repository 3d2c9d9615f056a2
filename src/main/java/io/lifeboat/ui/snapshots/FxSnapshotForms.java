package io.lifeboat.ui.snapshots;

import io.lifeboat.snapshots.VolumeTypes;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import java.util.function.Supplier;
import javafx.stage.Window;

/** The forms as dialogs owned by the main window: each binds its controls to its form and says what is wrong. */
final class FxSnapshotForms implements SnapshotForms {

    private final Supplier<Window> owner;

    /** @param owner the main window, asked when a form opens (the view is built before it is shown) */
    FxSnapshotForms(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean snapshotNow(SnapshotNowForm form) {
        Spinner<Integer> days = days("snapshotNowDays", form.daysProperty().get());
        form.daysProperty().bind(days.valueProperty());
        Label summary = wrapped();
        summary.textProperty().bind(form.summary());
        String name = form.volume().name().isBlank() ? form.volume().volumeId() : form.volume().name();
        return ask("Snapshot now", "Snapshot " + name + " (" + form.volume().volumeId() + ") now", "Snapshot now",
                new VBox(10, new HBox(8, new Label("Keep it"), days, new Label("days")), summary), null);
    }

    @Override
    public boolean retention(RetentionForm form) {
        ToggleGroup choice = new ToggleGroup();
        RadioButton forDays = new RadioButton("Keep");
        RadioButton keep = new RadioButton("Keep indefinitely (remove DeleteOn: the backup engine never deletes them)");
        forDays.setToggleGroup(choice);
        keep.setToggleGroup(choice);
        keep.setId("retentionKeep");
        forDays.setSelected(true);
        form.keepProperty().bind(keep.selectedProperty());
        Spinner<Integer> days = days("retentionDays", form.daysProperty().get());
        days.disableProperty().bind(keep.selectedProperty());
        form.daysProperty().bind(days.valueProperty());
        Label preview = wrapped();
        preview.textProperty().bind(form.preview());
        return ask("Change retention", "Change how long " + form.count() + " snapshot" + (form.count() == 1 ? " is" : "s are")
                + " kept", "Change retention", new VBox(10, new HBox(8, forDays, days,
                new Label("days from each snapshot's day")), keep, preview), null);
    }

    @Override
    public boolean copy(CopyForm form) {
        ComboBox<String> destination = new ComboBox<>(form.regions());
        destination.setId("copyDestination");
        destination.setEditable(true);
        destination.valueProperty().bindBidirectional(form.destinationProperty());
        TextField kms = new TextField();
        kms.setPromptText("default: the source's encryption, the region's default key");
        kms.setPrefColumnCount(34);
        kms.textProperty().bindBidirectional(form.kmsKeyProperty());
        CheckBox own = new CheckBox("Keep the copies");
        own.selectedProperty().bindBidirectional(form.ownRetentionProperty());
        Spinner<Integer> days = days("copyDays", form.daysProperty().get());
        days.disableProperty().bind(own.selectedProperty().not());
        form.daysProperty().bind(days.valueProperty());
        GridPane grid = grid();
        grid.addRow(0, new Label("Destination region"), destination);
        grid.addRow(1, new Label("KMS key"), kms);
        grid.addRow(2, own, new HBox(8, days, new Label("days (else the source's DeleteOn applies)")));
        Label summary = wrapped();
        summary.setText(form.summary() + " Each copy carries the source's tags and lifeboat:copy-of naming it.");
        Label problem = problem();
        problem.textProperty().bind(form.problem());
        return ask("Copy to another region", "Copy for disaster recovery", "Copy", new VBox(10, grid, summary, problem),
                Bindings.isNotEmpty(form.problem()));
    }

    @Override
    public boolean restore(RestoreForm form) {
        ComboBox<String> zone = new ComboBox<>(form.zones());
        zone.setEditable(true);
        zone.valueProperty().bindBidirectional(form.zoneProperty());
        ComboBox<String> type = new ComboBox<>(form.types());
        type.valueProperty().bindBidirectional(form.typeProperty());
        Spinner<Integer> size = new Spinner<>(form.snapshot().volumeSizeGiB(), 65_536, form.sizeProperty().get());
        size.setEditable(true);
        form.sizeProperty().bind(size.valueProperty());
        TextField iops = field(form.iopsProperty(), "default");
        TextField throughput = field(form.throughputProperty(), "default, MiB/s");
        iops.disableProperty().bind(Bindings.createBooleanBinding(() -> VolumeTypes.of(type.getValue()) == null
                || !VolumeTypes.of(type.getValue()).takesIops(), type.valueProperty()));
        throughput.disableProperty().bind(Bindings.createBooleanBinding(() -> VolumeTypes.of(type.getValue()) == null
                || !VolumeTypes.of(type.getValue()).takesThroughput(), type.valueProperty()));
        TextField tags = field(form.tagsProperty(), "Name=restored-data, Env=prod");
        CheckBox attach = new CheckBox("Attach to");
        attach.selectedProperty().bindBidirectional(form.attachProperty());
        ComboBox<String> instance = new ComboBox<>(form.instancesInZone());
        instance.valueProperty().bindBidirectional(form.instanceProperty());
        instance.disableProperty().bind(attach.selectedProperty().not());
        TextField device = field(form.deviceProperty(), "first free");
        device.disableProperty().bind(attach.selectedProperty().not());
        GridPane grid = grid();
        grid.addRow(0, new Label("Availability zone"), zone);
        grid.addRow(1, new Label("Type"), type);
        grid.addRow(2, new Label("Size (GiB)"), size);
        grid.addRow(3, new Label("IOPS"), iops);
        grid.addRow(4, new Label("Throughput"), throughput);
        grid.addRow(5, new Label("Tags"), tags);
        grid.addRow(6, attach, new HBox(8, instance, new Label("as"), device));
        Label problems = problem();
        problems.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", form.problems()), form.problems()));
        return ask("Restore to a new volume", "A new volume from " + form.snapshot().id() + " (" + form.snapshot().volumeSizeGiB()
                + " GiB)", "Create volume", new VBox(10, grid, problems), Bindings.isNotEmpty(form.problems()));
    }

    private boolean ask(String title, String header, String confirm, Node content, BooleanBinding blocked) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(confirm, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        Node okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.setId("formConfirm");
        if (blocked != null) {
            okButton.disableProperty().bind(blocked);
        }
        dialog.setResizable(true);
        return dialog.showAndWait().filter(ok::equals).isPresent();
    }

    private static Spinner<Integer> days(String id, int initial) {
        Spinner<Integer> days = new Spinner<>(1, 3650, Math.max(1, initial));
        days.setId(id);
        days.setEditable(true);
        days.setPrefWidth(100);
        return days;
    }

    private static TextField field(javafx.beans.property.StringProperty property, String prompt) {
        TextField field = new TextField();
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        return grid;
    }

    private static Label wrapped() {
        Label label = new Label();
        label.setWrapText(true);
        label.setMaxWidth(560);
        return label;
    }

    private static Label problem() {
        Label label = wrapped();
        label.getStyleClass().add("text-danger");
        return label;
    }
}
