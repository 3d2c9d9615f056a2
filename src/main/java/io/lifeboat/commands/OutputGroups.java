package io.lifeboat.commands;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups identical outputs of the invocations that are over, largest group first, from the plugin
 * outputs ListCommandInvocations already returned: grouping a thousand instances costs no call of its own.
 */
public final class OutputGroups {

    private OutputGroups() {
    }

    public static List<OutputGroup> of(List<InvocationRow> rows) {
        Map<String, List<InvocationRow>> byOutput = new LinkedHashMap<>();
        rows.stream().filter(r -> r.listed() && r.state().terminal())
                .forEach(r -> byOutput.computeIfAbsent(r.output(), k -> new ArrayList<>()).add(r));
        return byOutput.entrySet().stream()
                .map(e -> new OutputGroup(e.getKey(), e.getValue(), e.getValue().stream().anyMatch(InvocationRow::outputTruncated)))
                .sorted(Comparator.comparingInt(OutputGroup::size).reversed().thenComparing(OutputGroup::output))
                .toList();
    }

    /** "37 instances printed the same, 3 printed something else (2 groups), 4 still running". */
    public static String summary(List<OutputGroup> groups, List<InvocationRow> rows) {
        long running = rows.stream().filter(r -> !r.state().terminal()).count();
        String pending = running == 0 ? "" : ", " + running + " not finished";
        if (groups.isEmpty()) {
            return "No output yet" + pending;
        }
        if (groups.size() == 1) {
            return "All " + groups.get(0).size() + " finished instances printed the same" + pending;
        }
        int others = groups.stream().skip(1).mapToInt(OutputGroup::size).sum();
        return groups.get(0).size() + " printed the same, " + others + " printed something else (" + (groups.size() - 1)
                + (groups.size() == 2 ? " other output)" : " other outputs)") + pending;
    }
}
