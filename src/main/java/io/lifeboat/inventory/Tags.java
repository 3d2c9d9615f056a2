package io.lifeboat.inventory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.Tag;

/** Converts between the SDK's tag lists and plain maps. */
public final class Tags {

    private Tags() {
    }

    public static Map<String, String> toMap(List<Tag> tags) {
        if (tags == null || tags.isEmpty()) {
            return Map.of();
        }
        Map<String, String> map = new HashMap<>(tags.size() * 2);
        for (Tag tag : tags) {
            map.put(tag.key(), tag.value() == null ? "" : tag.value());
        }
        return map;
    }

    public static List<Tag> toSdk(Map<String, String> tags) {
        return tags.entrySet().stream()
                .map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build())
                .toList();
    }
}
