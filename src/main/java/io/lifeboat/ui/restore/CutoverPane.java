package io.lifeboat.ui.restore;

import io.lifeboat.restore.DnsRecord;
import io.lifeboat.restore.DnsZones;
import io.lifeboat.ui.common.Cells;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Picking the private zone and CNAME to switch, with the record's current value and TTL, and the switch button. */
final class CutoverPane extends VBox {

    /** @param switchable whether the job can be switched now (done, and no cutover in place) */
    CutoverPane(CutoverViewModel model, javafx.beans.value.ObservableBooleanValue switchable, Runnable switchDns,
                String idPrefix) {
        setSpacing(8);
        ComboBox<DnsZones.Zone> zones = new ComboBox<>(model.zones());
        zones.setId(idPrefix + "ZoneChoice");
        zones.valueProperty().bindBidirectional(model.zoneProperty());
        zones.setConverter(Cells.converter(z -> z.name() + "  (" + z.id().replace("/hostedzone/", "") + ")"));
        zones.setPrefWidth(360);
        ComboBox<DnsRecord> records = new ComboBox<>(model.records());
        records.setId(idPrefix + "RecordChoice");
        records.valueProperty().bindBidirectional(model.recordProperty());
        records.setConverter(Cells.converter(DnsRecord::name));
        records.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(DnsRecord record, boolean empty) {
                super.updateItem(record, empty);
                setText(empty || record == null ? null : record.name() + "  →  " + record.value());
            }
        });
        records.setPrefWidth(360);
        Label vpcs = new Label();
        vpcs.textProperty().bind(model.zoneVpcsProperty());
        vpcs.getStyleClass().add("text-muted");
        Label current = new Label();
        current.setId(idPrefix + "CurrentRecord");
        current.textProperty().bind(model.currentProperty());
        current.setWrapText(true);
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(6);
        form.addRow(0, new Label("Private hosted zone"), zones);
        form.addRow(1, new Label(""), vpcs);
        form.addRow(2, new Label("CNAME"), records);
        form.addRow(3, new Label("Now"), current);
        Button switchButton = JobPane.button("Switch to the restored database", "mdi2s-swap-horizontal",
                idPrefix + "SwitchButton", switchDns);
        switchButton.getStyleClass().add("accent");
        switchButton.disableProperty().bind(model.recordProperty().isNull().or(
                javafx.beans.binding.Bindings.not(switchable)));
        setAlignment(Pos.TOP_LEFT);
        getChildren().addAll(form, switchButton);
    }
}
