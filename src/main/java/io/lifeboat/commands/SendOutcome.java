package io.lifeboat.commands;

import io.lifeboat.aws.Problem;
import java.util.List;

/**
 * What sending a command did: the commands SSM accepted (one for tag targets, one per batch of 50 ids)
 * and, when it stopped short, why and what was not sent. An {@link Status#UNKNOWN} outcome is a send
 * whose answer was lost and whose command ListCommands does not show: it may still have run, so
 * nothing is sent again on Lifeboat's own initiative.
 */
public record SendOutcome(Status status, List<Sent> sent, List<List<String>> notSent, Problem problem,
                          ClientToken unknownToken) {

    public enum Status {
        /** Every command was accepted. */
        SENT,
        /** Some batches were accepted, then one was refused: the rest were not sent. */
        PARTIAL,
        /** Refused before anything was sent (invalid parameters, permissions...). */
        FAILED,
        /** An answer was lost and its command cannot be found: it may or may not be running. */
        UNKNOWN
    }

    /**
     * One command SSM accepted.
     *
     * @param instanceIds the batch's ids, or empty for tag targets
     * @param recovered   its answer was lost, and it was found in ListCommands by its token
     */
    public record Sent(String commandId, List<String> instanceIds, int targetCount, ClientToken token,
                       boolean recovered) {
        public Sent {
            instanceIds = List.copyOf(instanceIds);
        }
    }

    public SendOutcome {
        sent = List.copyOf(sent);
        notSent = notSent.stream().map(List::copyOf).toList();
    }

    public List<String> commandIds() {
        return sent.stream().map(Sent::commandId).toList();
    }

    /** One line for a notification, the CLI or the activity log. */
    public String summary() {
        String ids = String.join(", ", commandIds());
        return switch (status) {
            case SENT -> "Sent as " + (sent.size() == 1 ? "command " : sent.size() + " commands: ") + ids;
            case PARTIAL -> sent.size() + " command(s) sent (" + ids + "), then refused: " + problem.text()
                    + " Not sent: " + notSent.stream().mapToInt(List::size).sum() + " instance(s).";
            case FAILED -> "Not sent: " + problem.text();
            case UNKNOWN -> "Outcome unknown: SSM's answer was lost (" + problem.message() + ") and ListCommands shows no "
                    + "command with the comment token #lb-" + unknownToken.value() + ". It may still appear: look at "
                    + "the history before sending again."
                    + (sent.isEmpty() ? "" : " Sent before that: " + ids + ".");
        };
    }
}
