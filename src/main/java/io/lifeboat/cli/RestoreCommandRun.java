package io.lifeboat.cli;

import io.lifeboat.app.RestoreJobCenter;
import io.lifeboat.app.RestoreJobEntry;
import io.lifeboat.aws.Connection;
import io.lifeboat.aws.Problem;
import io.lifeboat.aws.ProblemException;
import io.lifeboat.restore.ClusterCatalog;
import io.lifeboat.restore.DnsZones;
import io.lifeboat.restore.RestoreChecks;
import io.lifeboat.restore.RestoreJob;
import io.lifeboat.restore.RestorePlan;
import io.lifeboat.restore.RestorePlans;
import io.lifeboat.restore.RestoreReview;
import io.lifeboat.restore.RestoreTime;
import io.lifeboat.store.DataDirectory;
import io.lifeboat.store.Database;
import io.lifeboat.tasks.TaskContext;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** The restore commands' work: check, plan, run or act on a persisted job, print, and the exit code. */
final class RestoreCommandRun {

    /** Something done to a job on a connection. */
    interface JobAction {
        RestoreJob apply(RestoreJobCenter center, Connection connection, TaskContext context);
    }

    private final CommandSpec spec;
    private final ConnectionOptions connection;
    private final RestoreCommand command;

    RestoreCommandRun(CommandSpec spec, ConnectionOptions connection, RestoreCommand command) {
        this.spec = spec;
        this.connection = connection;
        this.command = command;
    }

    int execute() {
        RestoreTime time = command.checkInput();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return Cli.withContext(spec, connection, context -> {
            Connection on = context.connection();
            RestorePlan plan = null;
            try {
                plan = plan(on, time);
                if (command.plan) {
                    new RestoreChecks(on.clients()).require(plan, TaskContext.NONE);
                    RestoreCommandOutput.review(out, plan, RestoreReview.of(plan), command.json);
                    return ExitCodes.OK;
                }
                RestoreJobCenter center = requireStore(context);
                center.addListener(new StepPrinter(err));
                RestoreJob done = center.start(plan, on, TaskContext.NONE);
                RestoreCommandOutput.job(out, done, command.json);
                return ExitCodes.OK;
            } catch (ProblemException e) {
                return failed(out, err, e, context, plan == null ? null : plan.jobId(), command.json);
            }
        });
    }

    private RestorePlan plan(Connection on, RestoreTime time) {
        String region = on.homeRegion();
        var source = new ClusterCatalog(on.clients()).find(region, command.source, TaskContext.NONE);
        RestorePlan plan = RestorePlans.of(source, time, command.newId, command.restoreType(), command.instances,
                command.instanceClass);
        return command.cname == null ? plan : plan.withCutover(new DnsZones(on.clients()).target(command.cname));
    }

    static int onJob(CommandSpec spec, ConnectionOptions options, String job, boolean json, JobAction action) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return Cli.withContext(spec, options, context -> {
            RestoreJobCenter center = requireStore(context);
            center.addListener(new StepPrinter(err));
            try {
                RestoreCommandOutput.job(out, action.apply(center, context.connection(), TaskContext.NONE), json);
                return ExitCodes.OK;
            } catch (ProblemException e) {
                return failed(out, err, e, context, job, json);
            }
        });
    }

    static int listJobs(CommandSpec spec, boolean json) {
        PrintWriter out = spec.commandLine().getOut();
        try (Database database = Database.open(DataDirectory.resolve());
             RestoreJobCenter center = new RestoreJobCenter(database, Runnable::run)) {
            List<RestoreJobEntry> jobs = center.recent(500);
            RestoreCommandOutput.jobs(out, jobs, json);
            return ExitCodes.OK;
        }
    }

    private static RestoreJobCenter requireStore(CliContext context) {
        RestoreJobCenter center = context.restoreJobs();
        if (center == null) {
            throw new ProblemException(new Problem(Problem.Kind.OTHER, "NoDataDirectory", "A restore job is kept in "
                    + "the data directory, which could not be opened.", "Set LIFEBOAT_HOME to a writable directory."));
        }
        return center;
    }

    /**
     * Bad input found against the account: exit 2; read-only or a revert needing --force: 4; a failed
     * step: 1. A job that exists is printed as it stands, with how to go on.
     */
    private static int failed(PrintWriter out, PrintWriter err, ProblemException e, CliContext context, String jobId,
                              boolean json) {
        Problem problem = e.problem();
        boolean input = problem.kind() == Problem.Kind.INVALID_INPUT || problem.kind() == Problem.Kind.NOT_FOUND;
        boolean refused = problem.kind() == Problem.Kind.READ_ONLY
                || e instanceof io.lifeboat.restore.RecordChangedException;
        Problem shown = e instanceof io.lifeboat.restore.RecordChangedException
                ? new Problem(problem.kind(), problem.code(), problem.message(), "Add --force to revert anyway.")
                : problem;
        Cli.printProblem(err, refused ? "refused" : "restore", shown);
        RestoreJobCenter center = context.restoreJobs();
        var job = jobId == null || center == null ? java.util.Optional.<RestoreJobEntry>empty() : center.find(jobId);
        job.ifPresent(entry -> {
            RestoreCommandOutput.job(out, entry.job(), json);
            if (entry.job().status() == RestoreJob.Status.FAILED) {
                err.println("  then: lifeboat restore resume " + entry.job().id() + " (steps done are not redone)");
                err.flush();
            }
        });
        return refused ? ExitCodes.REFUSED : input ? ExitCodes.USAGE : ExitCodes.PARTIAL_FAILURE;
    }
}
