package io.lifeboat.commands;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One instance's copy of a command, as ListCommandInvocations (with Details) reports it.
 *
 * @param output          the plugin output SSM lists: stdout and stderr, at most 2,500 characters
 * @param outputTruncated the SSM agent cut that output (the full text is in GetCommandInvocation, S3 or CloudWatch)
 * @param plugins         the document's steps (plugins) as the invocation lists them
 * @param listed          SSM lists the invocation; {@code false} for an instance the command was sent to
 *                        that SSM does not list yet (right after sending)
 */
public record InvocationRow(String commandId, String instanceId, String instanceName, InvocationState state,
                            String statusDetails, Instant started, Instant ended, Integer responseCode,
                            String output, boolean outputTruncated, List<String> plugins, boolean listed) {

    /** The marks the SSM agent leaves where it cut a plugin's output. */
    static final String OUTPUT_CUT = "---Output truncated---";
    static final String ERROR_CUT = "---Error truncated----";

    public InvocationRow {
        output = output == null ? "" : output;
        statusDetails = statusDetails == null ? "" : statusDetails;
        plugins = List.copyOf(plugins);
    }

    /** An instance the command went to that SSM does not list yet. */
    public static InvocationRow notListedYet(String commandId, String instanceId) {
        return new InvocationRow(commandId, instanceId, "", InvocationState.PENDING, "Not listed by SSM yet", null, null,
                null, "", false, List.of(), false);
    }

    /** How long it ran (until {@code now} while running), or {@code null} before it started. */
    public Duration duration(Instant now) {
        if (started == null) {
            return null;
        }
        return Duration.between(started, ended == null ? now : ended);
    }

    static boolean cut(String output) {
        return output.contains(OUTPUT_CUT) || output.contains(ERROR_CUT);
    }
}
