package io.lifeboat.commands;

import java.util.List;

/**
 * One instance's output as GetCommandInvocation returns it: the first 24,000 characters of stdout and
 * 8,000 of stderr, per step of the document, and where the full output went when S3 or CloudWatch
 * Logs was asked for.
 */
public record InvocationOutput(String commandId, String instanceId, List<Step> steps, String cloudWatchLogGroup) {

    /** GetCommandInvocation's limits: what it returns of each stream. */
    public static final int STDOUT_LIMIT = 24_000;
    public static final int STDERR_LIMIT = 8_000;

    /**
     * One step (plugin) of the document on that instance.
     *
     * @param available {@code false} while SSM has no invocation to show yet (InvocationDoesNotExist right
     *                  after sending): the other fields are then empty
     */
    public record Step(String plugin, boolean available, String status, String statusDetails, int responseCode,
                       String stdout, String stderr, String stdoutUrl, String stderrUrl) {

        /** GetCommandInvocation returns the first 24,000 characters: this output may be longer. */
        public boolean stdoutCut() {
            return stdout.length() >= STDOUT_LIMIT;
        }

        public boolean stderrCut() {
            return stderr.length() >= STDERR_LIMIT;
        }
    }

    public InvocationOutput {
        steps = List.copyOf(steps);
    }

    public boolean available() {
        return steps.stream().anyMatch(Step::available);
    }

    /** The output as one text, with what was cut and where the rest is. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (Step step : steps) {
            if (steps.size() > 1) {
                text.append("== ").append(step.plugin()).append(" ==\n");
            }
            if (!step.available()) {
                text.append("SSM has no invocation to show yet (it lists them a few seconds after the command is sent).\n");
                continue;
            }
            text.append(step.stdout());
            if (step.stdoutCut()) {
                text.append("\n[stdout: the API returns the first ").append(STDOUT_LIMIT).append(" characters; ")
                        .append(step.stdoutUrl().isEmpty() ? "send with an S3 bucket or a CloudWatch log group for all of it"
                                : "all of it: " + step.stdoutUrl()).append("]\n");
            }
            if (!step.stderr().isEmpty()) {
                text.append("\n---- stderr ----\n").append(step.stderr());
                if (step.stderrCut()) {
                    text.append("\n[stderr: the API returns the first ").append(STDERR_LIMIT).append(" characters]\n");
                }
            }
            if (!step.stdoutUrl().isEmpty()) {
                text.append("\n[full output in S3: ").append(step.stdoutUrl()).append("\n to read it: aws s3 cp ")
                        .append(s3Uri(step.stdoutUrl())).append(" -]\n");
            }
        }
        if (cloudWatchLogGroup != null && !cloudWatchLogGroup.isEmpty()) {
            text.append("\n[full output in CloudWatch Logs: log group ").append(cloudWatchLogGroup)
                    .append(", in the streams named after command ").append(commandId).append(" and ").append(instanceId)
                    .append("]\n");
        }
        return text.toString();
    }

    /** {@code https://s3.REGION.amazonaws.com/BUCKET/KEY} as {@code s3://BUCKET/KEY}, for the AWS CLI. */
    static String s3Uri(String url) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^https://s3[.-][^/]*amazonaws\\.com/(.+)$").matcher(url);
        return m.matches() ? "s3://" + m.group(1) : url;
    }
}
