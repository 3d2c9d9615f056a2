package io.lifeboat.ui.restore;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

/** Step 2: the latest restorable time, or one picked on the window's bar or typed, shown in UTC and local time. */
final class TimeStepController {

    @FXML private Label windowLabel;
    @FXML private RadioButton latestRadio;
    @FXML private RadioButton chosenRadio;
    @FXML private VBox barBox;
    @FXML private TextField typedField;
    @FXML private ToggleButton utcToggle;
    @FXML private ToggleButton localToggle;
    @FXML private Label utcLabel;
    @FXML private Label localLabel;
    @FXML private Label timeProblem;

    private final PointInTimeViewModel model;

    TimeStepController(PointInTimeViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        ToggleGroup which = new ToggleGroup();
        latestRadio.setToggleGroup(which);
        chosenRadio.setToggleGroup(which);
        latestRadio.setSelected(model.latestProperty().get());
        chosenRadio.setSelected(!model.latestProperty().get());
        model.latestProperty().addListener((obs, was, latest) -> (latest ? latestRadio : chosenRadio).setSelected(true));
        latestRadio.setOnAction(e -> model.latestProperty().set(true));
        chosenRadio.setOnAction(e -> model.choose(model.chosenProperty().get()));

        RestoreWindowBar bar = new RestoreWindowBar(model.zone());
        barBox.getChildren().add(bar);
        bar.onPick(position -> model.choose(model.timeAt(position)));
        model.windowProperty().addListener((obs, was, window) -> {
            bar.show(window);
            windowLabel.setText(window == null ? "" : "The restorable window of " + window.source() + ": "
                    + window.text() + ". A restore can go back to any second of it.");
        });
        Runnable mark = () -> bar.mark(model.latestProperty().get() ? 1 : model.position(model.chosenProperty().get()));
        model.chosenProperty().addListener((obs, was, now) -> mark.run());
        model.latestProperty().addListener((obs, was, now) -> mark.run());

        ToggleGroup zones = new ToggleGroup();
        utcToggle.setToggleGroup(zones);
        localToggle.setToggleGroup(zones);
        localToggle.setText("Local (" + model.zone().getId() + ")");
        (model.typedInUtcProperty().get() ? utcToggle : localToggle).setSelected(true);
        utcToggle.setOnAction(e -> switchZone(true));
        localToggle.setOnAction(e -> switchZone(false));
        typedField.setId("typedTimeField");
        typedField.textProperty().bindBidirectional(model.typedProperty());
        typedField.setOnAction(e -> model.applyTyped());
        utcLabel.setId("utcTime");
        utcLabel.textProperty().bind(model.utcTextProperty());
        localLabel.setId("localTime");
        localLabel.textProperty().bind(model.localTextProperty());
        timeProblem.textProperty().bind(model.problemProperty());
    }

    private void switchZone(boolean utc) {
        (utc ? utcToggle : localToggle).setSelected(true);
        model.typedInUtcProperty().set(utc);
        model.choose(model.chosenProperty().get());
    }

    @FXML
    private void useTyped() {
        model.applyTyped();
    }
}
