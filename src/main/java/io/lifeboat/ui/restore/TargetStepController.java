package io.lifeboat.ui.restore;

import io.lifeboat.restore.RestorePlans;
import io.lifeboat.restore.RestoreType;
import io.lifeboat.restore.TargetOptions;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

/** Step 3: the new identifier, the restore type, every setting copied from the source, the instances. */
final class TargetStepController {

    private static final List<String> CLASSES = List.of("db.r6g.large", "db.r6g.xlarge", "db.r6g.2xlarge",
            "db.r7g.large", "db.r7g.xlarge", "db.t4g.medium", "db.m5.large");

    @FXML private TextField idField;
    @FXML private Label idProblem;
    @FXML private RadioButton fullCopyRadio;
    @FXML private RadioButton cloneRadio;
    @FXML private Spinner<Integer> instancesSpinner;
    @FXML private ComboBox<String> instanceClassChoice;
    @FXML private Label instanceNames;
    @FXML private ComboBox<String> subnetGroupChoice;
    @FXML private VBox securityGroupsBox;
    @FXML private ComboBox<String> clusterParameterChoice;
    @FXML private ComboBox<String> instanceParameterChoice;
    @FXML private TextField kmsField;
    @FXML private TextField portField;
    @FXML private CheckBox deletionProtectionBox;
    @FXML private CheckBox copyTagsBox;
    @FXML private TextArea tagsArea;

    private final TargetViewModel model;

    TargetStepController(TargetViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        idField.setId("targetIdField");
        idField.textProperty().bindBidirectional(model.idProperty());
        idProblem.textProperty().bind(model.idProblemProperty());
        ToggleGroup types = new ToggleGroup();
        fullCopyRadio.setToggleGroup(types);
        cloneRadio.setToggleGroup(types);
        fullCopyRadio.setOnAction(e -> model.typeProperty().set(RestoreType.FULL_COPY));
        cloneRadio.setOnAction(e -> model.typeProperty().set(RestoreType.COPY_ON_WRITE));
        model.typeProperty().addListener((obs, was, now) -> (now == RestoreType.FULL_COPY ? fullCopyRadio : cloneRadio)
                .setSelected(true));
        fullCopyRadio.setSelected(true);
        instancesSpinner.setId("instancesSpinner");
        SpinnerValueFactory.IntegerSpinnerValueFactory count = new SpinnerValueFactory.IntegerSpinnerValueFactory(1,
                RestorePlans.MAX_INSTANCES, 1);
        instancesSpinner.setValueFactory(count);
        count.valueProperty().addListener((obs, was, now) -> model.instancesProperty().set(now));
        model.instancesProperty().addListener((obs, was, now) -> count.setValue(now.intValue()));
        instanceClassChoice.getItems().setAll(CLASSES);
        instanceClassChoice.valueProperty().bindBidirectional(model.instanceClassProperty());
        instanceNames.textProperty().bind(model.instanceNamesProperty());
        model.subnetGroups().addListener((ListChangeListener<TargetOptions.SubnetGroup>) c -> subnetGroupChoice.getItems()
                .setAll(model.subnetGroups().stream().map(g -> g.name()).toList()));
        subnetGroupChoice.valueProperty().bindBidirectional(model.subnetGroupProperty());
        model.availableGroups().addListener((ListChangeListener<TargetOptions.SecurityGroup>) c -> securityGroups());
        model.securityGroups().addListener((ListChangeListener<String>) c -> securityGroups());
        clusterParameterChoice.setItems(model.clusterParameterGroups());
        clusterParameterChoice.valueProperty().bindBidirectional(model.clusterParameterGroupProperty());
        instanceParameterChoice.setItems(model.instanceParameterGroups());
        instanceParameterChoice.valueProperty().bindBidirectional(model.instanceParameterGroupProperty());
        kmsField.textProperty().bindBidirectional(model.kmsKeyIdProperty());
        portField.textProperty().bindBidirectional(model.portProperty());
        deletionProtectionBox.selectedProperty().bindBidirectional(model.deletionProtectionProperty());
        copyTagsBox.selectedProperty().bindBidirectional(model.copyTagsToSnapshotProperty());
        tagsArea.textProperty().bindBidirectional(model.tagsProperty());
    }

    /** One box per group of the VPC; the VPC's default group says so, and warns unless the source uses it. */
    private void securityGroups() {
        securityGroupsBox.getChildren().clear();
        for (TargetOptions.SecurityGroup group : model.availableGroups()) {
            CheckBox box = new CheckBox(group.label());
            box.setId("sg-" + group.id());
            box.setSelected(model.securityGroups().contains(group.id()));
            box.setOnAction(e -> model.toggleSecurityGroup(group.id(), box.isSelected()));
            if (group.vpcDefault() && !model.sourceUses(group.id())) {
                box.getStyleClass().add("problem-message");
            }
            securityGroupsBox.getChildren().add(box);
        }
        model.securityGroups().stream().filter(id -> model.availableGroups().stream().noneMatch(g -> g.id().equals(id)))
                .forEach(id -> {
                    CheckBox box = new CheckBox(id);
                    box.setSelected(true);
                    box.setOnAction(e -> model.toggleSecurityGroup(id, box.isSelected()));
                    securityGroupsBox.getChildren().add(box);
                });
        if (securityGroupsBox.getChildren().isEmpty()) {
            securityGroupsBox.getChildren().add(new Label("None: RDS would attach the VPC's default group."));
        }
    }
}
