package io.lifeboat.cli;

import io.lifeboat.aws.ProblemException;
import io.lifeboat.restore.DbIdentifiers;
import io.lifeboat.restore.RestorePlans;
import io.lifeboat.restore.RestoreTime;
import io.lifeboat.restore.RestoreType;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lifeboat restore}: an Aurora cluster (or RDS instance) restored to a point in time beside the
 * original, its instances created, and optionally a CNAME switched to it; the same persisted job as
 * the desktop's wizard, for restore drills and runbooks.
 */
@Command(name = "restore", description = {"Restore an Aurora cluster (or an RDS instance) to a point in time, as a new "
        + "cluster beside it with its instances, waiting until every instance is available; optionally point a "
        + "Route53 private-zone CNAME at it. The source is never modified.",
        "The job is kept in the data directory: the desktop shows it, `restore resume JOB` continues it."},
        subcommands = {RestoreCommand.Jobs.class, RestoreCommand.Resume.class, RestoreCommand.Revert.class},
        footerHeading = "%nExamples:%n",
        footer = {"  lifeboat restore --source orders-prod --to 2025-03-10T09:30:00+01:00 --new-id orders-drill --plan",
                "  lifeboat restore --source orders-prod --to latest --new-id orders-restored --instances 2 \\",
                "      --cname myproject.io/mydatabase --json",
                "  lifeboat restore revert rj-7f3a9c2e",
                "", "A time outside the source's restorable window, a taken or invalid identifier, or a security group "
                + "the source does not use that is its VPC's default group: exit 2, before anything is created."})
final class RestoreCommand implements Callable<Integer> {

    @Mixin ConnectionOptions connection;
    @Spec CommandSpec spec;

    @Option(names = "--source", paramLabel = "ID", description = "The Aurora cluster (or RDS instance) to restore.")
    String source;

    @Option(names = "--to", paramLabel = "TIME", description = "'latest', or an ISO-8601 time with its offset "
            + "(2025-03-10T09:30:00+01:00, 2025-03-10T08:30:00Z) inside the restorable window.")
    String to;

    @Option(names = "--new-id", paramLabel = "ID", description = "The new cluster's identifier (1-63 letters, digits, "
            + "hyphens; a letter first). Instances are named ID-1 (writer), ID-2...")
    String newId;

    @Option(names = "--instances", paramLabel = "N", description = "Instances to create: the writer and N-1 readers "
            + "(default 1; a restored cluster has none until created).")
    int instances = 1;

    @Option(names = "--instance-class", paramLabel = "CLASS", description = "Their class (default: the source's).")
    String instanceClass;

    @Option(names = "--type", paramLabel = "TYPE", description = "full-copy (default) or copy-on-write (a clone, as of "
            + "now: needs --to latest).")
    String type = RestoreType.FULL_COPY.id();

    @Option(names = "--cname", paramLabel = "ZONE/RECORD", description = "Then point this CNAME of a private hosted "
            + "zone at the new writer endpoint (its previous value is kept, for `restore revert`).")
    String cname;

    @Option(names = "--plan", description = "Check, print the requests in order and what would exist, and stop.")
    boolean plan;

    @Option(names = "--json", description = "Print the job as JSON (jobId, status, steps, cutover) instead of text.")
    boolean json;

    @Override
    public Integer call() {
        return new RestoreCommandRun(spec, connection, this).execute();
    }

    /** Refuses what can be refused without connecting: exit 2, nothing read. */
    RestoreTime checkInput() {
        if (source == null || to == null || newId == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--source, --to and --new-id are needed (or a subcommand: jobs, resume, revert)");
        }
        DbIdentifiers.problem(newId).ifPresent(p -> {
            throw new CommandLine.ParameterException(spec.commandLine(), "--new-id: " + p);
        });
        if (instances < 1 || instances > RestorePlans.MAX_INSTANCES) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--instances: between 1 and " + RestorePlans.MAX_INSTANCES);
        }
        if (instanceClass != null && !instanceClass.startsWith("db.")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--instance-class: '" + instanceClass
                    + "' is not an instance class (db.r6g.large...)");
        }
        if (cname != null && cname.indexOf('/') <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--cname: ZONE/RECORD, e.g. myproject.io/mydatabase");
        }
        try {
            restoreType();
            return RestoreTime.parse(to);
        } catch (ProblemException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--to: " + e.problem().text());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--type: " + e.getMessage());
        }
    }

    RestoreType restoreType() {
        return RestoreType.fromId(type);
    }

    @Command(name = "jobs", description = "List the restore jobs of this data directory (desktop and command line), "
            + "newest first. Reads the local store only.")
    static final class Jobs implements Callable<Integer> {
        @Option(names = "--json", description = "Print them as JSON.") boolean json;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            return RestoreCommandRun.listJobs(spec, json);
        }
    }

    @Command(name = "resume", description = "Continue a job from its first step not done: one interrupted, or one "
            + "whose step failed (that step is tried again; finished ones are not redone).")
    static final class Resume implements Callable<Integer> {
        @Mixin ConnectionOptions connection;
        @Parameters(paramLabel = "JOB", description = "The job's id (rj-...).") String job;
        @Option(names = "--json", description = "Print the job as JSON.") boolean json;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            return RestoreCommandRun.onJob(spec, connection, job, json, (center, c, context) ->
                    center.resume(job, c, context));
        }
    }

    @Command(name = "revert", description = "Point the job's CNAME back to the value it had before the cutover, and "
            + "wait until Route53 has it everywhere.")
    static final class Revert implements Callable<Integer> {
        @Mixin ConnectionOptions connection;
        @Parameters(paramLabel = "JOB", description = "The job's id (rj-...).") String job;
        @Option(names = "--force", description = "Revert even if the record was changed by someone since the cutover.")
        boolean force;
        @Option(names = "--json", description = "Print the job as JSON.") boolean json;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            return RestoreCommandRun.onJob(spec, connection, job, json, (center, c, context) ->
                    center.revert(job, force, c, context));
        }
    }
}
