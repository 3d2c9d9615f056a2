package io.lifeboat.aws.sandbox.ec2;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.Tag;

/**
 * The tags of one resource, with EC2's rules: at most 50 user tags, keys up to 128 characters,
 * values up to 256, keys starting with {@code aws:} reserved for AWS (though AWS-set ones, such as
 * DLM's and Backup's, do appear on resources and do not count towards the limit). Not thread-safe:
 * guarded by the region's lock like everything else in {@link Ec2State}.
 */
public final class ResourceTags {

    public static final int MAX_TAGS = 50;
    private static final int MAX_KEY = 128;
    private static final int MAX_VALUE = 256;

    private final Map<String, String> tags = new LinkedHashMap<>();

    public ResourceTags() {
    }

    public ResourceTags(Map<String, String> initial) {
        tags.putAll(initial);
    }

    public Map<String, String> asMap() {
        return java.util.Collections.unmodifiableMap(tags);
    }

    public List<Tag> toSdk() {
        return tags.entrySet().stream().map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build()).toList();
    }

    public boolean isEmpty() {
        return tags.isEmpty();
    }

    /** Checks keys and values of tags a caller wants to set; nothing is changed. */
    public static void validate(Collection<Tag> wanted) {
        for (Tag tag : wanted) {
            String key = tag.key();
            if (key == null || key.isEmpty()) {
                throw Ec2Errors.invalidParameterValue("Tag key cannot be null or empty");
            }
            if (key.length() > MAX_KEY) {
                throw Ec2Errors.invalidParameterValue("Value ( " + key + " ) for parameter key is invalid. "
                        + "Length exceeds maximum of " + MAX_KEY + ".");
            }
            if (key.startsWith("aws:")) {
                throw Ec2Errors.invalidParameterValue("Value ( " + key + " ) for parameter key is invalid. "
                        + "Tag keys starting with 'aws:' are reserved for internal use");
            }
            String value = tag.value();
            if (value != null && value.length() > MAX_VALUE) {
                throw Ec2Errors.invalidParameterValue("Value ( " + value + " ) for parameter value is invalid. "
                        + "Length exceeds maximum of " + MAX_VALUE + ".");
            }
        }
    }

    /** Throws {@code TagLimitExceeded} if adding {@code wanted} would take this resource over the limit. */
    public void checkLimit(Collection<Tag> wanted) {
        long added = wanted.stream().map(Tag::key).distinct().filter(key -> !tags.containsKey(key)).count();
        if (userTagCount() + added > MAX_TAGS) {
            throw Ec2Errors.error("TagLimitExceeded", "The maximum number of Tags for a resource has been reached.");
        }
    }

    /** Sets the tags; call {@link #validate} and {@link #checkLimit} first. A null value is stored as "". */
    public void put(Collection<Tag> wanted) {
        for (Tag tag : wanted) {
            tags.put(tag.key(), tag.value() == null ? "" : tag.value());
        }
    }

    /** Puts a tag without the caller rules: seeding and AWS-made tags ({@code aws:dlm:...}). */
    public void putSystem(String key, String value) {
        tags.put(key, value);
    }

    /**
     * DeleteTags: a tag given with a key only goes whatever its value; with a value (even "") only if
     * the value is equal; no tags at all removes every user tag.
     */
    public void delete(Collection<Tag> unwanted, boolean anyGiven) {
        if (!anyGiven) {
            tags.keySet().removeIf(key -> !key.startsWith("aws:"));
            return;
        }
        for (Tag tag : unwanted) {
            String current = tags.get(tag.key());
            if (current != null && (tag.value() == null || tag.value().equals(current))) {
                tags.remove(tag.key());
            }
        }
    }

    private long userTagCount() {
        return tags.keySet().stream().filter(key -> !key.startsWith("aws:")).count();
    }
}
