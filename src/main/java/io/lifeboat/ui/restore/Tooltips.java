package io.lifeboat.ui.restore;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/** Cells whose whole text is a hover away when the column is too narrow for it. */
final class Tooltips {

    private Tooltips() {
    }

    static <S> void showFullText(TableColumn<S, String> column) {
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
            }
        });
    }
}
