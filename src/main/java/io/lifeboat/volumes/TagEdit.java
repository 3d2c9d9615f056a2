package io.lifeboat.volumes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Tags to set and tag keys to remove, on one or many resources. */
public record TagEdit(Map<String, String> set, Set<String> remove) {

    static final int MAX_KEY = 128;
    static final int MAX_VALUE = 256;
    private static final Pattern DAYS = Pattern.compile("[0-9]+");

    public TagEdit {
        set = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(set));
        remove = java.util.Collections.unmodifiableSet(new TreeSet<>(remove));
    }

    public static TagEdit setting(String key, String value) {
        return new TagEdit(Map.of(key, value), Set.of());
    }

    public static TagEdit removing(String key) {
        return new TagEdit(Map.of(), Set.of(key));
    }

    public Map<String, String> applyTo(Map<String, String> tags) {
        Map<String, String> after = new LinkedHashMap<>(tags);
        remove.forEach(after::remove);
        after.putAll(set);
        return after;
    }

    /** Everything wrong with this edit, as sentences; empty when it can be applied. */
    public List<String> problems(BackupConvention convention) {
        List<String> problems = new ArrayList<>();
        if (set.isEmpty() && remove.isEmpty()) {
            problems.add("Nothing to change: add a tag to set or a key to remove.");
        }
        for (Map.Entry<String, String> tag : set.entrySet()) {
            checkKey(tag.getKey(), convention, problems);
            String value = tag.getValue() == null ? "" : tag.getValue();
            if (value.length() > MAX_VALUE) {
                problems.add("The value of " + tag.getKey() + " is longer than " + MAX_VALUE + " characters.");
            }
            if (tag.getKey().equals(convention.backupKey())
                    && !value.equals(BackupConvention.YES) && !value.equals(BackupConvention.NO)) {
                problems.add(convention.backupKey() + " must be " + BackupConvention.YES + " or " + BackupConvention.NO
                        + " exactly, not \"" + value + "\".");
            }
            if (tag.getKey().equals(convention.retentionKey()) && !validDays(value, convention)) {
                problems.add(convention.retentionKey() + " must be a whole number of days from 1 to "
                        + convention.maxRetentionDays() + ", not \"" + value + "\".");
            }
            if (remove.contains(tag.getKey())) {
                problems.add(tag.getKey() + " cannot be both set and removed.");
            }
        }
        for (String key : remove) {
            if (key == null || key.isBlank()) {
                problems.add("A tag key to remove is empty.");
            }
        }
        return problems;
    }

    private static void checkKey(String key, BackupConvention convention, List<String> problems) {
        if (key == null || key.isBlank()) {
            problems.add("A tag key is empty.");
            return;
        }
        if (!key.equals(key.trim())) {
            problems.add("The tag key \"" + key + "\" has leading or trailing spaces.");
        }
        if (key.length() > MAX_KEY) {
            problems.add("The tag key " + key.substring(0, 20) + "... is longer than " + MAX_KEY + " characters.");
        }
        if (key.toLowerCase(Locale.ROOT).startsWith("aws:")) {
            problems.add("Tag keys starting with aws: are reserved by AWS.");
        }
        for (String conventionKey : List.of(convention.backupKey(), convention.retentionKey())) {
            if (!key.equals(conventionKey) && key.trim().equalsIgnoreCase(conventionKey)) {
                problems.add("The tag key \"" + key + "\" is not " + conventionKey
                        + ": tag keys are case-sensitive and the backup engine reads " + conventionKey + ".");
            }
        }
    }

    private static boolean validDays(String value, BackupConvention convention) {
        if (!DAYS.matcher(value).matches() || value.length() > 9) {
            return false;
        }
        int days = Integer.parseInt(value);
        return days >= 1 && days <= convention.maxRetentionDays();
    }
}
