package io.lifeboat.ui.commands;

import io.lifeboat.commands.TagTarget;
import java.util.Arrays;
import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One tag condition as the compose form edits it: a key, and values separated by commas. */
public final class TagRow {

    private final StringProperty key = new SimpleStringProperty("");
    private final StringProperty values = new SimpleStringProperty("");

    public TagRow(String key, String values) {
        this.key.set(key);
        this.values.set(values);
    }

    public StringProperty keyProperty() {
        return key;
    }

    public StringProperty valuesProperty() {
        return values;
    }

    boolean blank() {
        return key.get().isBlank() && values.get().isBlank();
    }

    /** @throws IllegalArgumentException with the reason, for a half-filled row */
    TagTarget target() {
        return new TagTarget(key.get().trim(), Arrays.stream(values.get().split(",")).map(String::trim)
                .filter(v -> !v.isEmpty()).distinct().toList());
    }

    Observable[] observables() {
        return new Observable[]{key, values};
    }
}
