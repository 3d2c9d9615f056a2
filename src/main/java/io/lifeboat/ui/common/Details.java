package io.lifeboat.ui.common;

import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/** The pieces every details pane is made of (a volume's, a snapshot's): key-value grids, section headings, muted text. */
public final class Details {

    private Details() {
    }

    /** Keys muted and kept whole, values wrapping; an empty value shows as {@code ""}. */
    public static GridPane grid(Map<String, String> rows) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(3);
        int row = 0;
        for (Map.Entry<String, String> entry : rows.entrySet()) {
            Label key = new Label(entry.getKey());
            key.getStyleClass().add("text-muted");
            key.setMinWidth(Region.USE_PREF_SIZE);
            Label value = new Label(entry.getValue().isEmpty() ? "\"\"" : entry.getValue());
            value.setWrapText(true);
            grid.addRow(row++, key, value);
        }
        return grid;
    }

    public static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("details-section");
        return label;
    }

    public static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        label.setWrapText(true);
        return label;
    }
}
