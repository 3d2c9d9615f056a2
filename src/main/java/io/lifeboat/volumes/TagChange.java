package io.lifeboat.volumes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One resource's tags before and after an edit: the preview shows these, the editor applies them.
 *
 * @param label what the user knows the resource by (its Name, else its id)
 */
public record TagChange(String region, String resourceId, String label, TagTarget target, Map<String, String> before,
                        Map<String, String> after) {

    public TagChange {
        before = Map.copyOf(before);
        after = Map.copyOf(after);
    }

    /** Lines such as {@code Retention: 14 -> 30}, {@code Backup: (none) -> Yes}, {@code Env: dev -> (removed)}. */
    public List<String> differences() {
        List<String> lines = new ArrayList<>();
        TreeSet<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            String was = before.get(key);
            String now = after.get(key);
            if (was == null || !was.equals(now)) {
                lines.add(key + ": " + (was == null ? "(none)" : was) + " \u2192 " + (now == null ? "(removed)" : now));
            }
        }
        return lines;
    }

    public boolean changesSomething() {
        return !before.equals(after);
    }

    /** Keys this change sets (added or altered). */
    Map<String, String> setTags() {
        Map<String, String> set = new java.util.LinkedHashMap<>();
        after.forEach((k, v) -> {
            if (!v.equals(before.get(k))) {
                set.put(k, v);
            }
        });
        return set;
    }

    /** Keys this change removes. */
    List<String> removedKeys() {
        return before.keySet().stream().filter(k -> !after.containsKey(k)).sorted().toList();
    }
}
