package io.lifeboat.cli;

import io.lifeboat.backup.BackupJson;
import io.lifeboat.backup.BackupPlan;
import io.lifeboat.backup.BackupReport;
import io.lifeboat.backup.BackupService;
import io.lifeboat.backup.BackupSettings;
import io.lifeboat.backup.DeletionApproval;
import io.lifeboat.backup.DeletionOutcome;
import io.lifeboat.backup.RunListener;
import io.lifeboat.backup.RunScope;
import io.lifeboat.backup.TimeBudget;
import io.lifeboat.backup.VolumeOutcome;
import io.lifeboat.tasks.TaskContext;
import java.io.Console;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine.Model.CommandSpec;

/** One backup subcommand's work: connect, plan, maybe run, print, and the exit code cron acts on. */
final class BackupCommandRun {

    private final CommandSpec spec;
    private final ConnectionOptions connection;
    private final BackupCommand.Options options;
    private final RunScope scope;
    private final boolean yes;
    private final Duration timeBudget;

    /**
     * @param scope what to run after planning, or {@code null} to plan only
     * @param timeBudget how long the whole command may take, or {@code null} for no limit
     */
    BackupCommandRun(CommandSpec spec, ConnectionOptions connection, BackupCommand.Options options, RunScope scope,
                     boolean yes, Duration timeBudget) {
        this.spec = spec;
        this.connection = connection;
        this.options = options;
        this.scope = scope;
        this.yes = yes;
        this.timeBudget = timeBudget;
    }

    int execute() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        options.check(spec);
        // The budget counts from the start of the command: connecting and planning use it too.
        TimeBudget budget = timeBudget == null ? TimeBudget.none() : TimeBudget.of(timeBudget);
        return Cli.withContext(spec, connection, context -> {
            BackupSettings settings = options.apply(context.backupSettings());
            if (scope != null && context.connection().readOnly()) {
                err.println("lifeboat: refused: read-only mode; `backup " + spec.name() + "` would create or delete "
                        + "snapshots. Use `backup plan` to see what it would do.");
                err.flush();
                return ExitCodes.REFUSED;
            }
            ExecutorService io = Executors.newCachedThreadPool();
            try {
                BackupService service = new BackupService(context.connection().clients(), io);
                BackupPlan plan = service.plan(context.regions(), settings, TaskContext.NONE);
                if (scope == null) {
                    print(out, plan, null);
                    plan.failedRegions().forEach((region, problem) -> Cli.printProblem(err, "region " + region, problem));
                    return plan.failedRegions().isEmpty() ? ExitCodes.OK : ExitCodes.PARTIAL_FAILURE;
                }
                DeletionApproval approval = approval(plan, err);
                ProgressLine line = ProgressLine.onTerminal();
                BackupReport report;
                try {
                    report = service.run(plan, scope, approval, TaskContext.NONE, budget,
                            line == null ? RunListener.NONE : line);
                } finally {
                    if (line != null) {
                        line.end();
                    }
                }
                context.recordBackupRun(report);
                print(out, plan, report);
                return exitCode(report, err);
            } finally {
                io.shutdownNow();
            }
        });
    }

    /** {@code --yes}, else a question on the terminal; without a terminal (cron) nobody approves. */
    private DeletionApproval approval(BackupPlan plan, PrintWriter err) {
        if (plan.deletions().isEmpty() || !scope.prunes() || yes) {
            return DeletionApproval.of(plan);
        }
        Console console = System.console();
        if (console == null) {
            return null;
        }
        String answer = console.readLine("Delete %d expired snapshots (%d GiB)? [y/N] ", plan.deletions().size(),
                plan.totals().gibFreed());
        err.flush();
        return answer != null && answer.trim().toLowerCase(Locale.ROOT).matches("y|yes") ? DeletionApproval.of(plan) : null;
    }

    private void print(PrintWriter out, BackupPlan plan, BackupReport report) {
        if (options.json) {
            Object value = plan;
            if (report != null) {
                Map<String, Object> both = new LinkedHashMap<>();
                both.put("plan", plan);
                both.put("report", report);
                value = both;
            }
            out.println(BackupJson.pretty(value));
        } else {
            BackupCommandOutput.plan(out, plan);
            if (report != null) {
                BackupCommandOutput.report(out, report);
            }
        }
        out.flush();
    }

    private static int exitCode(BackupReport report, PrintWriter err) {
        if (report.stoppedByBudget()) {
            BackupReport.Counts c = report.counts();
            err.println("lifeboat: backup: stopped by the time budget with " + c.left() + " left (" + left(report)
                    + "); run again to continue. " + report.summary());
            report.failedRegions().forEach((region, problem) -> Cli.printProblem(err, "region " + region, problem));
            err.flush();
            return ExitCodes.STOPPED_BY_BUDGET;
        }
        switch (report.outcome()) {
            case FAILURES, CANCELLED -> {
                err.println("lifeboat: backup: " + report.summary());
                report.failedRegions().forEach((region, problem) -> Cli.printProblem(err, "region " + region, problem));
                err.flush();
                return ExitCodes.PARTIAL_FAILURE;
            }
            case REFUSED -> {
                err.println("lifeboat: refused: " + report.pruneRefusal());
                err.flush();
                return ExitCodes.REFUSED;
            }
            default -> {
                return ExitCodes.OK;
            }
        }
    }

    private static String left(BackupReport report) {
        long volumes = report.volumes().stream().filter(v -> v.status() == VolumeOutcome.Status.LEFT).count();
        long deletions = report.deletions().stream().filter(d -> d.status() == DeletionOutcome.Status.LEFT).count();
        return volumes + (volumes == 1 ? " volume" : " volumes") + " to snapshot, " + deletions
                + (deletions == 1 ? " snapshot" : " snapshots") + " to delete";
    }
}
