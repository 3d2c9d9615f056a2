package io.lifeboat.cli;

import io.lifeboat.commands.CommandOptions;
import io.lifeboat.commands.RateControl;
import io.lifeboat.commands.TagTarget;
import io.lifeboat.commands.Targets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lifeboat run-command}: SSM Run Command by tag or by instance, for runbooks and scheduled fleet chores. */
@Command(name = "run-command", description = {"Run an SSM document on instances picked by tag or by id, with SSM's rate "
        + "control, following every instance until the command is over.",
        "Tag targets go in one SendCommand; instance ids in batches of 50. Above the confirmation threshold (a setting, "
                + "default 10 targets) --confirm N must give the target count, as typed in the desktop."},
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat run-command --document AWS-RunShellScript --param commands='df -h' --target tag:Role=web --preview",
                "  lifeboat run-command --document AWS-RunShellScript --param commands='yum -y update' \\",
                "      --param commands='needs-restarting -r' --target tag:Env=prod --target tag:Role=web,api \\",
                "      --max-concurrency 10%% --max-errors 1 --confirm 37",
                "Exit: 0 every invocation succeeded; 1 some failed, timed out or were cancelled (or the send's outcome is "
                        + "unknown); 2 bad input; 4 refused (read-only, or the confirmation missing or wrong)."})
final class RunCommandCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--document", required = true, paramLabel = "NAME", description = "The SSM document, e.g. AWS-RunShellScript.")
    String document;

    @Option(names = "--document-version", paramLabel = "N", description = "A version of the document (default: its default version).")
    String documentVersion;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A parameter value; repeat a list parameter "
            + "(commands) once per item.")
    List<String> params = new ArrayList<>();

    @Option(names = "--target", paramLabel = "tag:KEY=V1[,V2]", description = "A tag condition (repeatable, all must "
            + "match; up to 5).")
    List<String> targets = new ArrayList<>();

    @Option(names = "--instance", paramLabel = "ID", description = "An instance id (repeatable); sent 50 per call.")
    List<String> instances = new ArrayList<>();

    @Option(names = "--max-concurrency", paramLabel = "N|N%", description = "At most this many at once (default 50).")
    String maxConcurrency = "50";

    @Option(names = "--max-errors", paramLabel = "N|N%", description = "Stop sending after more than this many errors (default 0).")
    String maxErrors = "0";

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Delivery timeout: how long an instance may take "
            + "to start the command (30 to 2592000; SSM's default 3600).")
    Integer timeout;

    @Option(names = "--execution-timeout", paramLabel = "SECONDS", description = "Sets the document's executionTimeout "
            + "parameter (how long the script may run), when it has one.")
    String executionTimeout;

    @Option(names = "--comment", paramLabel = "TEXT", description = "A comment shown in the history (87 characters).")
    String comment = "";

    @Option(names = "--output-s3-bucket", paramLabel = "BUCKET", description = "Write every instance's full output there.")
    String s3Bucket;

    @Option(names = "--output-s3-prefix", paramLabel = "PREFIX", description = "Key prefix for --output-s3-bucket.")
    String s3Prefix;

    @Option(names = "--log-group", paramLabel = "NAME", description = "Stream output to this CloudWatch Logs group.")
    String logGroup;

    @Option(names = "--preview", description = "Print the resolved targets and who would not be reached, then stop.")
    boolean preview;

    @Option(names = "--confirm", paramLabel = "N", description = "The target count, required above the threshold.")
    Integer confirm;

    @Option(names = "--no-wait", description = "Send, print the command ids and stop (do not follow).")
    boolean noWait;

    @Option(names = "--json", description = "Print the preview or the result as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RunCommandRun.Input input = input();
        return Cli.withContext(spec, connection, context -> new RunCommandRun(context.connection(), input,
                context.confirmTypingAbove(), spec.commandLine().getOut(), spec.commandLine().getErr())
                .execute(region(context)));
    }

    /** Everything checked before connecting: bad input is exit 2, and nothing is sent. */
    RunCommandRun.Input input() {
        if (targets.isEmpty() == instances.isEmpty()) {
            throw bad(targets.isEmpty() ? "Give the targets: --target tag:KEY=VALUE[,VALUE] or --instance ID"
                    : "Give either --target or --instance, not both");
        }
        if (connection.allRegions() || connection.namedRegions().size() > 1) {
            throw bad("A command runs in one region: give one --region");
        }
        Targets chosen;
        try {
            chosen = instances.isEmpty()
                    ? new Targets.ByTags(targets.stream().map(RunCommandCommand::tag).toList())
                    : new Targets.ByInstances(instances.stream().map(String::trim).toList());
        } catch (IllegalArgumentException e) {
            throw bad(e.getMessage());
        }
        CommandOptions options = new CommandOptions(comment, timeout, new RateControl(maxConcurrency, maxErrors),
                s3Bucket, s3Prefix, logGroup, null, null);
        if (!options.problems().isEmpty()) {
            throw bad(String.join(" ", options.problems()));
        }
        if (confirm != null && confirm < 0) {
            throw bad("--confirm takes the target count, 0 or more");
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String param : params) {
            int equals = param.indexOf('=');
            if (equals <= 0) {
                throw bad("--param takes NAME=VALUE, not '" + param + "'");
            }
            values.computeIfAbsent(param.substring(0, equals).trim(), k -> new ArrayList<>()).add(param.substring(equals + 1));
        }
        if (executionTimeout != null) {
            values.put("executionTimeout", List.of(executionTimeout));
        }
        return new RunCommandRun.Input(document, documentVersion, values, chosen, options, preview, confirm, noWait, json);
    }

    private static TagTarget tag(String text) {
        String trimmed = text.trim();
        if (!trimmed.startsWith("tag:")) {
            throw new IllegalArgumentException("--target takes tag:KEY=VALUE[,VALUE], not '" + text + "'");
        }
        return TagTarget.parse(trimmed);
    }

    private String region(CliContext context) {
        return context.regions().get(0);
    }

    private CommandLine.ParameterException bad(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
