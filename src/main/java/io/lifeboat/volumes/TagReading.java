package io.lifeboat.volumes;

import java.util.Locale;
import java.util.Map;

/**
 * One convention tag as found on a resource: under the exact key, or under a near-miss key
 * ({@code backup}, {@code "Backup "}) that was surely meant to be it.
 *
 * @param key the key as written on the resource
 * @param exactKey whether {@code key} is the convention's key to the letter
 */
record TagReading(String key, String value, boolean exactKey) {

    /** Finds {@code conventionKey} on {@code tags}, exact first, else a case/whitespace variant; or null. */
    static TagReading find(Map<String, String> tags, String conventionKey) {
        if (tags == null || tags.isEmpty()) {
            return null;
        }
        String exact = tags.get(conventionKey);
        if (exact != null) {
            return new TagReading(conventionKey, exact, true);
        }
        String wanted = normalise(conventionKey);
        for (Map.Entry<String, String> tag : tags.entrySet()) {
            if (normalise(tag.getKey()).equals(wanted)) {
                return new TagReading(tag.getKey(), tag.getValue(), false);
            }
        }
        return null;
    }

    /** How the tag reads in a message: {@code Backup=yes}, quoting what has stray spaces. */
    String written() {
        return quoteIfSpaced(key) + "=" + quoteIfSpaced(value);
    }

    static String normalise(String text) {
        return text.trim().toLowerCase(Locale.ROOT);
    }

    private static String quoteIfSpaced(String text) {
        return text.isEmpty() || !text.equals(text.trim()) ? "\"" + text + "\"" : text;
    }
}
