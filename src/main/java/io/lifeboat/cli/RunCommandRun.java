package io.lifeboat.cli;

import io.lifeboat.aws.AwsErrors;
import io.lifeboat.aws.Connection;
import io.lifeboat.aws.Problem;
import io.lifeboat.backup.Sleeper;
import io.lifeboat.commands.CommandOptions;
import io.lifeboat.commands.CommandProgress;
import io.lifeboat.commands.CommandRequest;
import io.lifeboat.commands.DocumentDefinition;
import io.lifeboat.commands.InvocationState;
import io.lifeboat.commands.ParameterForm;
import io.lifeboat.commands.RunCommandService;
import io.lifeboat.commands.SendOutcome;
import io.lifeboat.commands.TargetPreview;
import io.lifeboat.commands.TargetResolver;
import io.lifeboat.commands.Targets;
import io.lifeboat.commands.WatchedCommand;
import io.lifeboat.tasks.TaskContext;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One {@code run-command}: read the document and check the parameters, preview the targets, apply the
 * confirmation rule, send, then follow every instance until the command is over. Nothing is sent
 * before the parameters, the targets and the confirmation are right.
 */
final class RunCommandRun {

    /** The command line, checked. */
    record Input(String document, String documentVersion, Map<String, List<String>> params, Targets targets,
                 CommandOptions options, boolean preview, Integer confirm, boolean noWait, boolean json) {
    }

    private final Connection connection;
    private final Input input;
    private final int confirmAbove;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Sleeper sleeper;

    RunCommandRun(Connection connection, Input input, int confirmAbove, PrintWriter out, PrintWriter err) {
        this(connection, input, confirmAbove, out, err, Sleeper.SYSTEM);
    }

    RunCommandRun(Connection connection, Input input, int confirmAbove, PrintWriter out, PrintWriter err,
                  Sleeper sleeper) {
        this.connection = connection;
        this.input = input;
        this.confirmAbove = confirmAbove;
        this.out = out;
        this.err = err;
        this.sleeper = sleeper;
    }

    int execute(String region) {
        ExecutorService io = Executors.newCachedThreadPool();
        try {
            return execute(region, new RunCommandService(connection.clients(), io, sleeper));
        } finally {
            io.shutdownNow();
        }
    }

    private int execute(String region, RunCommandService service) {
        DocumentDefinition document;
        try {
            document = service.documents().describe(region, input.document(), input.documentVersion());
        } catch (RuntimeException e) {
            Problem problem = AwsErrors.describe(e);
            if (!problem.code().startsWith("InvalidDocument")) {
                throw e;
            }
            return usage("document " + input.document() + " in " + region + ": " + problem.message());
        }
        ParameterForm form = new ParameterForm(document);
        try {
            input.params().forEach(form::setValues);
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
        if (!form.valid()) {
            form.problems().forEach((name, why) -> err.println("run-command: parameter " + name + ": " + why));
            return usage("the parameters do not fit document " + document.name());
        }
        RunCommandService.Fleet fleet = service.fleet(region, TaskContext.NONE);
        if (fleet.ssmProblem() != null) {
            err.println("lifeboat: warning: SSM could not say which instances it manages (" + fleet.ssmProblem().text()
                    + " [" + fleet.ssmProblem().code() + "]); every matching instance counts as a target.");
        }
        TargetPreview preview = TargetResolver.preview(fleet.instances(), input.targets(), document.platformTypes(),
                fleet.ssmProblem() == null);
        RunCommandPrinter printer = new RunCommandPrinter(out, input.json(), fleet.instances());
        if (input.preview() || !input.json()) {
            printer.preview(document, preview);
        }
        if (input.preview()) {
            return ExitCodes.OK;
        }
        int count = preview.targetCount();
        if (count == 0) {
            err.println("lifeboat: nothing sent: no instance would run it (" + preview.summary() + ")");
            return ExitCodes.PARTIAL_FAILURE;
        }
        if ((count > confirmAbove || input.confirm() != null) && !Objects.equals(input.confirm(), count)) {
            err.println("lifeboat: refused: " + count + " targets" + (input.confirm() == null ? "" : ", not "
                    + input.confirm()) + "; to send, confirm the count with --confirm " + count
                    + " (needed above " + confirmAbove + " targets). Nothing was sent.");
            err.flush();
            return ExitCodes.REFUSED;
        }
        CommandRequest request = new CommandRequest(document.name(), input.documentVersion(), form.toSend(),
                preview.toSend(), input.options());
        java.time.Instant sentAt = connection.clients().clock().instant();
        SendOutcome outcome = service.send(region, request, TaskContext.NONE);
        boolean last = outcome.sent().isEmpty() || input.noWait();
        printer.sent(outcome, last);
        if (last) {
            return outcome.status() == SendOutcome.Status.SENT ? ExitCodes.OK : ExitCodes.PARTIAL_FAILURE;
        }
        CommandProgress end;
        try {
            end = service.control().follow(region, WatchedCommand.of(outcome, preview.sendableIds(), sentAt),
                    printer::progress, TaskContext.NONE);
        } catch (RuntimeException e) {
            Cli.printProblem(err, "could not follow " + String.join(", ", outcome.commandIds())
                    + " (it was sent; follow it in the desktop or the AWS console)", AwsErrors.describe(e));
            return ExitCodes.PARTIAL_FAILURE;
        }
        printer.result(document, outcome, end);
        boolean allSucceeded = end.rows().stream().allMatch(r -> r.state() == InvocationState.SUCCESS);
        return allSucceeded && outcome.status() == SendOutcome.Status.SENT ? ExitCodes.OK : ExitCodes.PARTIAL_FAILURE;
    }

    private int usage(String message) {
        err.println("lifeboat run-command: " + message + " (see lifeboat run-command --help)");
        err.flush();
        return ExitCodes.USAGE;
    }
}
