package io.lifeboat.ui.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableColumn;

/** Small helpers for building table columns and formatting cells. */
public final class Cells {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private Cells() {
    }

    public static <S, T> TableColumn<S, T> column(String title, double width, Function<S, ObservableValue<T>> value) {
        TableColumn<S, T> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> value.apply(c.getValue()));
        return column;
    }

    /** A time in the user's zone, or empty. */
    public static String time(Instant instant) {
        return instant == null ? "" : LOCAL.format(instant);
    }
}
