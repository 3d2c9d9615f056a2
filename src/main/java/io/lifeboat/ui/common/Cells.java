package io.lifeboat.ui.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.util.StringConverter;

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

    /** A column of times, shown in the user's zone and sorted as times. */
    public static <S> TableColumn<S, Instant> timeColumn(String title, double width, Function<S, Instant> value) {
        TableColumn<S, Instant> column = column(title, width, row -> new ReadOnlyObjectWrapper<>(value.apply(row)));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Instant time, boolean empty) {
                super.updateItem(time, empty);
                setText(empty ? null : time(time));
            }
        });
        return column;
    }

    /** The text, or empty for {@code null}. */
    public static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** A time in the user's zone, or empty. */
    public static String time(Instant instant) {
        return instant == null ? "" : LOCAL.format(instant);
    }

    /** Shows each choice as {@code text} gives it (empty for none); for lists and combo boxes nobody types into. */
    public static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
