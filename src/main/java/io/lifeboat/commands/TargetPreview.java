package io.lifeboat.commands;

import java.util.List;

/**
 * Who a command would be for, before it is sent: every instance its targets match, each with the
 * reasons it would not be reached, and what SSM will count as targets.
 *
 * @param unknownIds picked ids the region's fleet does not have (a typo, another region, terminated)
 */
public record TargetPreview(Targets targets, List<Row> rows, List<String> unknownIds) {

    /** One matched instance and why the command would not reach it (empty when it would). */
    public record Row(FleetInstance instance, List<Reachability> reasons) {

        public Row {
            reasons = List.copyOf(reasons);
        }

        public boolean reached() {
            return reasons.isEmpty();
        }

        /** SSM sends to it (it may still time out or fail there). */
        public boolean sent() {
            return reasons.stream().noneMatch(Reachability::notSent);
        }

        /** The reasons in a sentence, or "" when it would be reached. */
        public String why() {
            String text = Reachability.describe(instance, reasons);
            return text == null ? "" : text;
        }
    }

    public TargetPreview {
        rows = List.copyOf(rows);
        unknownIds = List.copyOf(unknownIds);
    }

    /** The instances SSM sends the command to: its TargetCount, the number a confirmation asks for. */
    public List<FleetInstance> sentTo() {
        return rows.stream().filter(Row::sent).map(Row::instance).toList();
    }

    public int targetCount() {
        return sentTo().size();
    }

    /** Matched instances the command would never reach, with why. */
    public List<Row> neverReached() {
        return rows.stream().filter(r -> !r.reached()).toList();
    }

    public long reachedCount() {
        return rows.stream().filter(Row::reached).count();
    }

    /** The ids SendCommand may name: instances SSM does not manage would make it refuse the whole call. */
    public List<String> sendableIds() {
        return sentTo().stream().map(FleetInstance::id).toList();
    }

    /** The targets to send: tags as given (SSM resolves them), picked ids narrowed to {@link #sendableIds}. */
    public Targets toSend() {
        return targets instanceof Targets.ByInstances ? new Targets.ByInstances(sendableIds()) : targets;
    }

    /** "9 match, 8 will run it, 1 never reached". */
    public String summary() {
        long never = neverReached().size();
        return rows.size() + (rows.size() == 1 ? " instance matches" : " instances match") + ", " + targetCount()
                + " targeted by SSM, " + reachedCount() + " reachable now"
                + (never == 0 ? "" : ", " + never + " never reached")
                + (unknownIds.isEmpty() ? "" : ", " + unknownIds.size() + " unknown id(s)");
    }
}
