package io.lifeboat.commands;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Whom a command is for: instances whose tags match every condition (one SendCommand with
 * {@code Targets}, however many they are), or instances picked by hand (sent in batches of at most
 * 50 ids, SSM's limit per call).
 */
public sealed interface Targets {

    /** SSM takes at most 5 targets per command. */
    int MAX_TAG_CONDITIONS = 5;
    /** SSM takes at most 50 instance ids per SendCommand. */
    int MAX_IDS_PER_CALL = 50;

    String describe();

    record ByTags(List<TagTarget> conditions) implements Targets {
        public ByTags {
            conditions = List.copyOf(conditions);
            if (conditions.isEmpty()) {
                throw new IllegalArgumentException("Give at least one tag condition: KEY=VALUE[,VALUE]");
            }
            if (conditions.size() > MAX_TAG_CONDITIONS) {
                throw new IllegalArgumentException("SSM takes at most " + MAX_TAG_CONDITIONS + " tag conditions, not "
                        + conditions.size());
            }
        }

        public boolean matches(java.util.Map<String, String> tags) {
            return conditions.stream().allMatch(c -> c.matches(tags));
        }

        @Override
        public String describe() {
            return conditions.stream().map(TagTarget::toString).collect(Collectors.joining(" and "));
        }
    }

    record ByInstances(List<String> instanceIds) implements Targets {
        public ByInstances {
            instanceIds = List.copyOf(new LinkedHashSet<>(instanceIds));
            if (instanceIds.isEmpty()) {
                throw new IllegalArgumentException("Pick at least one instance");
            }
        }

        /** The ids in batches of at most 50, one SendCommand each. */
        public List<List<String>> batches() {
            return batches(instanceIds);
        }

        static List<List<String>> batches(List<String> ids) {
            List<List<String>> batches = new java.util.ArrayList<>();
            for (int from = 0; from < ids.size(); from += MAX_IDS_PER_CALL) {
                batches.add(List.copyOf(ids.subList(from, Math.min(ids.size(), from + MAX_IDS_PER_CALL))));
            }
            return batches;
        }

        @Override
        public String describe() {
            return instanceIds.size() == 1 ? instanceIds.get(0) : instanceIds.size() + " instances picked by hand";
        }
    }
}
