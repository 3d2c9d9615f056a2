package io.lifeboat.commands;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * One tag condition of a command's targets: the instance's tag {@code key} has one of {@code values}
 * (SendCommand's {@code Targets} entry {@code Key=tag:KEY, Values=[...]}).
 */
public record TagTarget(String key, List<String> values) {

    /** SSM takes at most 50 values per target. */
    public static final int MAX_VALUES = 50;

    public TagTarget {
        values = List.copyOf(values);
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("A tag target needs a key: KEY=VALUE[,VALUE]");
        }
        if (key.length() > 128) {
            throw new IllegalArgumentException("Tag keys are at most 128 characters: " + key);
        }
        if (values.isEmpty() || values.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("Tag target " + key + " needs at least one value: " + key + "=VALUE[,VALUE]");
        }
        if (values.size() > MAX_VALUES) {
            throw new IllegalArgumentException("Tag target " + key + " has " + values.size() + " values; SSM takes at most "
                    + MAX_VALUES);
        }
    }

    /** Reads {@code KEY=V1,V2} (spaces around the parts are ignored; a leading {@code tag:} is allowed). */
    public static TagTarget parse(String text) {
        int equals = text.indexOf('=');
        if (equals < 0) {
            throw new IllegalArgumentException("'" + text + "' is not KEY=VALUE[,VALUE]");
        }
        String key = text.substring(0, equals).trim();
        if (key.startsWith("tag:")) {
            key = key.substring(4).trim();
        }
        List<String> values = Arrays.stream(text.substring(equals + 1).split(",")).map(String::trim)
                .filter(v -> !v.isEmpty()).distinct().toList();
        return new TagTarget(key, List.copyOf(new LinkedHashSet<>(values)));
    }

    public boolean matches(java.util.Map<String, String> tags) {
        String value = tags.get(key);
        return value != null && values.contains(value);
    }

    @Override
    public String toString() {
        return key + "=" + String.join(",", values);
    }
}
