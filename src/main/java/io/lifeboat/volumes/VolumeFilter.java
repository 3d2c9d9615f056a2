package io.lifeboat.volumes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the Volumes view (and {@code lifeboat volumes}) shows: free text over ids, names and tags
 * (every word must match), tag chips, statuses, policies and an instance. Empty parts match all.
 */
public record VolumeFilter(String text, List<TagCondition> tags, Set<BackupStatus> statuses,
                           Set<BackupPolicy.Kind> policies, String instance) {

    public static final VolumeFilter ALL = new VolumeFilter("", List.of(), Set.of(), Set.of(), "");

    public VolumeFilter {
        text = text == null ? "" : text;
        tags = List.copyOf(tags);
        statuses = Set.copyOf(statuses);
        policies = Set.copyOf(policies);
        instance = instance == null ? "" : instance;
    }

    public VolumeFilter withText(String newText) {
        return new VolumeFilter(newText, tags, statuses, policies, instance);
    }

    public VolumeFilter withTags(List<TagCondition> conditions) {
        return new VolumeFilter(text, conditions, statuses, policies, instance);
    }

    public VolumeFilter withStatuses(Set<BackupStatus> wanted) {
        return new VolumeFilter(text, tags, wanted, policies, instance);
    }

    public VolumeFilter withPolicies(Set<BackupPolicy.Kind> wanted) {
        return new VolumeFilter(text, tags, statuses, wanted, instance);
    }

    public VolumeFilter withInstance(String idOrName) {
        return new VolumeFilter(text, tags, statuses, policies, idOrName);
    }

    public List<VolumeRecord> apply(Collection<VolumeRecord> records) {
        List<String> words = words(text);
        String instanceWanted = instance.trim().toLowerCase(Locale.ROOT);
        List<VolumeRecord> result = new ArrayList<>(records.size());
        for (VolumeRecord record : records) {
            if (matches(record, words, instanceWanted)) {
                result.add(record);
            }
        }
        return result;
    }

    public boolean matches(VolumeRecord record) {
        return matches(record, words(text), instance.trim().toLowerCase(Locale.ROOT));
    }

    private boolean matches(VolumeRecord record, List<String> words, String instanceWanted) {
        if (!statuses.isEmpty() && !statuses.contains(record.status())) {
            return false;
        }
        if (!policies.isEmpty() && !policies.contains(record.policy().kind())) {
            return false;
        }
        if (!instanceWanted.isEmpty() && (record.instanceId() == null
                || !(record.instanceId().toLowerCase(Locale.ROOT).contains(instanceWanted)
                || record.instanceName().toLowerCase(Locale.ROOT).contains(instanceWanted)))) {
            return false;
        }
        for (TagCondition condition : tags) {
            if (!condition.matches(record.tags(), record.instanceTags())) {
                return false;
            }
        }
        for (String word : words) {
            if (!record.searchText().contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> words(String text) {
        String trimmed = text.trim().toLowerCase(Locale.ROOT);
        return trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("\\s+"));
    }
}
