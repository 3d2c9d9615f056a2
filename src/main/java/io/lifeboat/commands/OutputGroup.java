package io.lifeboat.commands;

import java.util.List;

/**
 * Instances that printed the same thing: "37 instances printed this".
 *
 * @param truncated the output was cut by SSM (2,500 characters per plugin in a listing): the members agree
 *                  on that much, not necessarily on the rest
 */
public record OutputGroup(String output, List<InvocationRow> members, boolean truncated) {

    public OutputGroup {
        members = List.copyOf(members);
    }

    public int size() {
        return members.size();
    }

    /** "37 instances printed this (all Success)". */
    public String headline() {
        List<InvocationState> states = members.stream().map(InvocationRow::state).distinct().toList();
        String who = size() == 1 ? "1 instance" : size() + " instances";
        String what = output.isBlank() ? " printed nothing" : " printed this";
        String how = states.size() == 1 ? " (" + (size() == 1 ? "" : "all ") + states.get(0).label() + ")"
                : " (" + String.join(", ", states.stream().map(InvocationState::label).toList()) + ")";
        return who + what + how + (truncated ? ", identical in the first 2,500 characters SSM lists" : "");
    }
}
