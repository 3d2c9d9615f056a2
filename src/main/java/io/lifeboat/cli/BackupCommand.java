package io.lifeboat.cli;

import io.lifeboat.backup.BackupSettings;
import io.lifeboat.backup.RunScope;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import io.lifeboat.volumes.BackupConvention;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lifeboat backup plan|run|prune}: the backup engine without a window, for people and cron. */
@Command(name = "backup", description = {"Snapshot the EBS volumes the Backup/Retention tags protect, and delete "
        + "automated snapshots whose DeleteOn date has come.",
        "plan shows what would be done and changes nothing; run creates, then prunes; prune only prunes."},
        subcommands = {BackupCommand.Plan.class, BackupCommand.Run.class, BackupCommand.Prune.class},
        footerHeading = "%nFrom cron (daily at 01:00, deletions approved by --yes):%n",
        footer = {"  0 1 * * * AWS_PROFILE=backup lifeboat backup run --region all --yes "
                + ">> /var/log/lifeboat-backup.log 2>&1",
                "%nExit status: 0 done, 1 something failed, 2 bad command line, 3 could not connect, 4 refused, "
                        + "5 stopped by --time-budget with work left (run again to continue)."})
final class BackupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: plan, run or prune");
    }

    /** Options every backup subcommand takes, besides the connection's. */
    static final class Options {
        @Option(names = "--json", description = "Print the plan (and the report) as JSON, naming every instance, "
                + "volume and snapshot concerned, with reasons.")
        boolean json;

        @Option(names = "--keep-newest", paramLabel = "N",
                description = "Keep each volume's N newest completed automated snapshots even when due (default: saved setting, else 0).")
        Integer keepNewest;

        @Option(names = "--policy", paramLabel = "NAME",
                description = "Policy name written on each snapshot as lifeboat:policy (default: saved setting, else 'default').")
        String policy;

        @Option(names = "--copy-tags", paramLabel = "KEY", split = ",",
                description = "Instance tag keys copied onto snapshots (default: saved setting, else CostCenter).")
        List<String> copyTags;

        /** Refuses values no settings could hold (a negative count, a reserved tag key) before anything connects. */
        void check(CommandSpec command) {
            try {
                apply(BackupSettings.defaults(BackupConvention.DEFAULT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(command.commandLine(), e.getMessage());
            }
        }

        BackupSettings apply(BackupSettings saved) {
            BackupSettings settings = saved;
            if (keepNewest != null) {
                settings = settings.withKeepNewest(keepNewest);
            }
            if (policy != null) {
                settings = settings.withPolicyName(policy);
            }
            if (copyTags != null) {
                settings = settings.withCopiedTagKeys(copyTags.stream().map(String::trim).filter(k -> !k.isEmpty()).toList());
            }
            return settings;
        }
    }

    /** Options of the subcommands that change snapshots (run, prune). */
    static final class Changes {
        @Option(names = {"--yes", "-y"}, description = "Approve the plan's deletions without asking (cron).")
        boolean yes;
        @Option(names = "--time-budget", paramLabel = "DURATION", converter = BudgetDuration.class,
                description = {"Start no work that would pass this much time (10m, 1h30m, 90s, PT10M): what is in "
                        + "flight finishes, what is left is reported, and the exit status is 5. Running again continues "
                        + "(the plan is idempotent)."})
        Duration timeBudget;
    }

    @Command(name = "plan", description = "Show what a run would create and delete, and everything it leaves alone with the reason. Changes nothing.")
    static final class Plan implements Callable<Integer> {
        @Mixin ConnectionOptions connection;
        @Mixin Options options;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            return new BackupCommandRun(spec, connection, options, null, false, null).execute();
        }
    }

    @Command(name = "run", description = "Create today's snapshots (tags applied at creation), then delete the due "
            + "automated ones. Deletions need --yes, or a yes at the prompt on a terminal.")
    static final class Run implements Callable<Integer> {
        @Mixin ConnectionOptions connection;
        @Mixin Options options;
        @Mixin Changes changes;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            return new BackupCommandRun(spec, connection, options, RunScope.CREATE_AND_PRUNE, changes.yes,
                    changes.timeBudget).execute();
        }
    }

    @Command(name = "prune", description = "Only delete the due automated snapshots (Type=Automated, DeleteOn today or "
            + "earlier). Needs --yes, or a yes at the prompt on a terminal.")
    static final class Prune implements Callable<Integer> {
        @Mixin ConnectionOptions connection;
        @Mixin Options options;
        @Mixin Changes changes;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            return new BackupCommandRun(spec, connection, options, RunScope.PRUNE_ONLY, changes.yes,
                    changes.timeBudget).execute();
        }
    }
}
