package io.lifeboat.volumes;

import java.util.Map;

/**
 * A tag filter chip: {@code key = value}, or {@code key} alone for "the key exists". It matches a
 * volume whose own tags or whose instance's tags satisfy it, the way ops think of "Env=prod volumes".
 *
 * @param value the value wanted, or {@code null} when only the key must exist
 */
public record TagCondition(String key, String value) {

    public TagCondition {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("A tag filter needs a key");
        }
    }

    /** Parses {@code Env=prod}, {@code Env = prod} or {@code Backup}. */
    public static TagCondition parse(String text) {
        int equals = text.indexOf('=');
        if (equals < 0) {
            return new TagCondition(text.trim(), null);
        }
        return new TagCondition(text.substring(0, equals).trim(), text.substring(equals + 1).trim());
    }

    public boolean matches(Map<String, String> volumeTags, Map<String, String> instanceTags) {
        return matches(volumeTags) || matches(instanceTags);
    }

    private boolean matches(Map<String, String> tags) {
        String actual = tags.get(key);
        return actual != null && (value == null || value.equals(actual));
    }

    public String label() {
        return value == null ? key + " exists" : key + " = " + value;
    }
}
