package io.lifeboat.commands;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A command (or the batches of one send) at one refresh: every invocation, counts by state, and
 * whether it is over.
 *
 * @param watched     the commands, with what the next refresh should expect of each
 * @param finalStatus SSM's status of the command once it is over ("Success", "Failed", "Incomplete"...),
 *                    else {@code null}
 */
public record CommandProgress(List<WatchedCommand> watched, List<InvocationRow> rows, boolean done,
                              String finalStatus) {

    public CommandProgress {
        watched = List.copyOf(watched);
        rows = List.copyOf(rows);
    }

    /** Before the first refresh: every instance the command went to, pending. */
    public static CommandProgress started(List<WatchedCommand> watched) {
        return new CommandProgress(watched, watched.stream().flatMap(w -> w.expectedIds().stream()
                .map(id -> InvocationRow.notListedYet(w.commandId(), id))).toList(), false, null);
    }

    public List<String> commandIds() {
        return watched.stream().map(WatchedCommand::commandId).toList();
    }

    /** How many invocations there should be (SSM's target counts once known). */
    public int expected() {
        return watched.stream().mapToInt(WatchedCommand::expectedCount).sum();
    }

    public Map<InvocationState, Integer> counts() {
        Map<InvocationState, Integer> counts = new EnumMap<>(InvocationState.class);
        for (InvocationState state : InvocationState.values()) {
            counts.put(state, 0);
        }
        rows.forEach(r -> counts.merge(r.state(), 1, Integer::sum));
        return counts;
    }

    public int count(InvocationState state) {
        return counts().get(state);
    }

    public long finished() {
        return rows.stream().filter(r -> r.state().terminal()).count();
    }

    /** Instances worth running again: failed, timed out, undeliverable. */
    public List<String> failedInstanceIds() {
        return rows.stream().filter(r -> r.state().failed()).map(InvocationRow::instanceId).toList();
    }

    /** Instances still pending or running, to cancel. */
    public List<String> unfinishedInstanceIds() {
        return rows.stream().filter(r -> !r.state().terminal()).map(InvocationRow::instanceId).toList();
    }

    /** "8 targets: 7 Success, 1 Failed". */
    public String summary() {
        StringBuilder text = new StringBuilder(Math.max(expected(), rows.size()) + " targets");
        String sep = ": ";
        for (Map.Entry<InvocationState, Integer> e : counts().entrySet()) {
            if (e.getValue() > 0) {
                text.append(sep).append(e.getValue()).append(' ').append(e.getKey().label());
                sep = ", ";
            }
        }
        return text + (done && finalStatus != null ? " (command " + finalStatus + ")" : "");
    }
}
