package io.lifeboat.ui.commands;

import io.lifeboat.commands.DocumentDefinition;
import io.lifeboat.commands.ParameterDefinition;
import io.lifeboat.commands.ParameterType;
import java.util.HashMap;
import java.util.Map;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The parameters form, generated from the document's definitions: a text area for lists and
 * {@code textarea} parameters (the script editor for {@code commands}), a choice for allowed values
 * (and Booleans), a field otherwise; the description under it, and the reason a value is refused next
 * to the field as it is typed.
 */
final class ParameterFields {

    private final GridPane grid;
    private final ComposeViewModel model;
    private final Map<String, Label> problems = new HashMap<>();

    ParameterFields(GridPane grid, ComposeViewModel model) {
        this.grid = grid;
        this.model = model;
        model.parameterProblems().addListener((MapChangeListener<String, String>) c -> showProblems(c.getMap()));
    }

    void show(DocumentDefinition document) {
        grid.getChildren().clear();
        problems.clear();
        if (document == null) {
            return;
        }
        int row = 0;
        for (ParameterDefinition p : document.parameters()) {
            Label name = new Label(p.name() + (p.required() ? " *" : ""));
            name.getStyleClass().add(p.required() ? "text-bold" : "text-normal");
            name.setMinWidth(Label.USE_PREF_SIZE);
            GridPane.setValignment(name, javafx.geometry.VPos.TOP);
            name.setPadding(new javafx.geometry.Insets(5, 0, 0, 0));
            Node field = field(p);
            Label description = new Label(p.description() + typeNote(p));
            description.getStyleClass().add("text-muted");
            description.setWrapText(true);
            Label problem = new Label();
            problem.getStyleClass().add("problem-message");
            problem.setId("problem-" + p.name());
            problem.setWrapText(true);
            problems.put(p.name(), problem);
            VBox cell = new VBox(2, field, description, problem);
            GridPane.setHgrow(cell, Priority.ALWAYS);
            grid.addRow(row++, name, cell);
        }
        showProblems(model.parameterProblems());
    }

    private Node field(ParameterDefinition p) {
        String current = model.parameterText(p.name());
        if (!p.allowedValues().isEmpty() || p.type() == ParameterType.BOOLEAN) {
            ComboBox<String> choice = new ComboBox<>();
            choice.getItems().setAll(p.allowedValues().isEmpty() ? java.util.List.of("true", "false") : p.allowedValues());
            choice.setEditable(false);
            choice.setValue(current.isEmpty() ? null : current);
            choice.setId("param-" + p.name());
            choice.valueProperty().addListener((obs, was, now) -> model.setParameter(p.name(), now == null ? "" : now));
            return choice;
        }
        TextInputControl text = p.multiline() || p.type().list() || p.type() == ParameterType.STRING_MAP
                ? new TextArea(current) : new TextField(current);
        if (text instanceof TextArea area) {
            area.setPrefRowCount(p.name().equals("commands") ? 5 : 3);
            area.getStyleClass().add("monospace");
        }
        text.setId("param-" + p.name());
        text.setPromptText(p.type().list() ? "One item per line" : p.required() ? "Required" : "");
        text.setTooltip(new Tooltip(p.allowedPattern() == null ? p.type().awsName()
                : p.type().awsName() + ", matching " + p.allowedPattern()));
        text.textProperty().addListener((obs, was, now) -> model.setParameter(p.name(), now));
        return text;
    }

    private static String typeNote(ParameterDefinition p) {
        String note = switch (p.type()) {
            case STRING_LIST -> " One item per line.";
            case MAP_LIST -> " A JSON list of objects.";
            case STRING_MAP -> " A JSON object.";
            case INTEGER -> " A whole number.";
            default -> "";
        };
        boolean said = p.description().contains("Default") || p.required() || p.defaultText().isEmpty();
        return note + (said ? "" : " Default: " + p.defaultText().replace("\n", ", "));
    }

    private void showProblems(ObservableMap<? extends String, ? extends String> current) {
        problems.forEach((name, label) -> {
            String why = current.get(name);
            label.setText(why == null ? "" : why);
        });
    }
}
