package io.lifeboat.cli;

import io.lifeboat.inventory.Ec2Snapshot;
import io.lifeboat.inventory.InventoryCache;
import io.lifeboat.snapshots.ActionResult;
import io.lifeboat.snapshots.CopyQueue;
import io.lifeboat.snapshots.DeletionCheck;
import io.lifeboat.snapshots.Pacing;
import io.lifeboat.snapshots.RestoreRequest;
import io.lifeboat.snapshots.RetentionChange;
import io.lifeboat.snapshots.SnapshotActions;
import io.lifeboat.snapshots.VolumeRestore;
import io.lifeboat.tasks.TaskContext;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lifeboat snapshots copy|restore|delete|retain}: the actions of the Snapshots view for scripted
 * disaster-recovery chores, on snapshots of one region (the connection's, or {@code --region}). Deleting and
 * changing retention need {@code --yes}; without it nothing changes and the exit code is 4.
 */
final class SnapshotActionCommands {

    private SnapshotActionCommands() {
    }

    private static String count(int snapshots) {
        return snapshots + (snapshots == 1 ? " snapshot" : " snapshots");
    }

    /** What every action needs: one region, the session's actions over a fresh inventory, output. */
    abstract static class Action implements Callable<Integer> {
        @Mixin ConnectionOptions connection;
        @Option(names = "--json", description = "Print the outcome as JSON.") boolean json;
        @Spec CommandSpec spec;

        /** Checks what picocli cannot, before anything connects. */
        void check() {
        }

        abstract int run(CliContext context, SnapshotActions actions, String region) throws Exception;

        @Override
        public Integer call() {
            if (connection.allRegions() || connection.namedRegions().size() > 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "Snapshots are acted on in one region: give "
                        + "--region once (the snapshots' region)");
            }
            check();
            return Cli.withContext(spec, connection, context -> {
                if (context.connection().readOnly()) { // every action changes something: refused before any listing
                    err().println("lifeboat: refused: read-only mode; `snapshots " + spec.name() + "` would change snapshots "
                            + "or volumes.");
                    err().flush();
                    return ExitCodes.REFUSED;
                }
                ExecutorService io = Executors.newCachedThreadPool();
                try {
                    SnapshotActions actions = new SnapshotActions(context.connection().clients(),
                            InventoryCache.of(context.connection().clients(), io), Pacing.standard());
                    return run(context, actions, context.regions().get(0));
                } finally {
                    io.shutdownNow();
                }
            });
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        PrintWriter err() {
            return spec.commandLine().getErr();
        }

        static LocalDate todayUtc(CliContext context) {
            return LocalDate.ofInstant(context.connection().clients().clock().instant(), ZoneOffset.UTC);
        }

        void checkIds(List<String> ids) {
            for (String id : ids) {
                if (!id.matches("snap-[0-9a-f]{8,17}")) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "'" + id + "' is not a snapshot id such as "
                            + "snap-0123456789abcdef0");
                }
            }
        }

        int finish(ActionResult result, String verb) {
            result.failed().forEach((id, problem) -> Cli.printProblem(err(), id + " not " + verb, problem));
            result.refused().forEach((id, why) -> err().println("lifeboat: " + id + " not " + verb + ": " + why));
            err().flush();
            return result.complete() ? ExitCodes.OK : ExitCodes.PARTIAL_FAILURE;
        }
    }

    @Command(name = "copy", description = "Copy snapshots to another region (disaster recovery), with their tags and tags "
            + "naming the source; at most 20 copies under way per destination region (EC2's quota), the rest wait.")
    static final class Copy extends Action {
        @Parameters(paramLabel = "SNAP", arity = "1..*", description = "Snapshot ids in the connection's region.") List<String> ids;
        @Option(names = "--to-region", required = true, paramLabel = "REGION", converter = RegionName.class,
                description = "The destination region.") String destination;
        @Option(names = "--kms-key", paramLabel = "KEY", description = "Encrypt the copies with this KMS key (id, alias or ARN "
                + "in the destination region).") String kmsKey;
        @Option(names = "--days", paramLabel = "N", description = "Keep the copies N days (DeleteOn from today); default: the "
                + "source's DeleteOn.") Integer days;
        @Option(names = "--wait", description = "Wait until every copy completed (default: until every copy started).")
        boolean waitForCompletion;

        @Override
        void check() {
            checkIds(ids);
            if (RegionName.ALL.equals(destination)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--to-region names one region, not 'all'");
            }
            if (days != null && (days < 1 || days > 3650)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--days is 1 to 3650");
            }
        }

        @Override
        int run(CliContext context, SnapshotActions actions, String region) throws Exception {
            List<Ec2Snapshot> sources = actions.snapshots(region, ids, TaskContext.NONE);
            List<CopyQueue.Progress> copies = actions.copy(new CopyQueue.Request(region, sources, destination, kmsKey, days,
                    todayUtc(context)), p -> { }, TaskContext.NONE, waitForCompletion);
            if (json) {
                Json.print(out(), copies.stream().map(p -> SnapshotsJson.copy(p, destination)).toList());
            } else {
                copies.forEach(p -> out().println(p.sourceId() + " -> " + (p.copyId() == null ? "-" : p.copyId()) + " in "
                        + destination + ": " + p.state().name().toLowerCase() + (p.state() == CopyQueue.State.COPYING
                        ? " " + p.percent() + "%" : "")));
                out().flush();
            }
            copies.stream().filter(p -> p.problem() != null).forEach(p -> Cli.printProblem(err(), p.sourceId() + " not copied",
                    p.problem()));
            return copies.stream().anyMatch(p -> p.state() == CopyQueue.State.FAILED) ? ExitCodes.PARTIAL_FAILURE : ExitCodes.OK;
        }
    }

    @Command(name = "restore", description = "Make a new volume from a snapshot (never smaller than it), optionally attached "
            + "to an instance of the same zone at the first free device name.")
    static final class Restore extends Action {
        @Parameters(paramLabel = "SNAP", description = "The snapshot id.") String id;
        @Option(names = "--az", required = true, paramLabel = "AZ", description = "The new volume's availability zone.") String zone;
        @Option(names = "--type", paramLabel = "TYPE", defaultValue = "gp3", description = "gp3 (default), gp2, io2, io1, "
                + "st1, sc1 or standard.") String type;
        @Option(names = "--size", paramLabel = "GIB", description = "Size in GiB (default: the snapshot's).") Integer size;
        @Option(names = "--iops", paramLabel = "N", description = "Provisioned IOPS (gp3, io1, io2).") Integer iops;
        @Option(names = "--throughput", paramLabel = "MIBS", description = "Throughput in MiB/s (gp3).") Integer throughput;
        @Option(names = "--tag", paramLabel = "KEY=VALUE", description = "A tag for the new volume; repeatable.")
        Map<String, String> tags = new LinkedHashMap<>();
        @Option(names = "--attach", paramLabel = "INSTANCE", description = "Attach the new volume to this instance.") String attach;
        @Option(names = "--device", paramLabel = "NAME", description = "Where to attach it (default: the first free name).")
        String device;

        @Override
        void check() {
            checkIds(List.of(id));
            if (device != null && attach == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--device goes with --attach");
            }
        }

        @Override
        int run(CliContext context, SnapshotActions actions, String region) throws Exception {
            RestoreRequest request = new RestoreRequest(region, id, zone, type, size, iops, throughput, tags, attach, device);
            List<String> problems = actions.checkRestore(request, TaskContext.NONE);
            if (!problems.isEmpty()) {
                problems.forEach(p -> err().println("lifeboat snapshots restore: " + p));
                err().flush();
                return ExitCodes.USAGE;
            }
            VolumeRestore.Result result = actions.restore(request, TaskContext.NONE);
            if (json) {
                Json.print(out(), SnapshotsJson.volume(result));
            } else {
                out().println(result.volume().id() + " (" + result.volume().sizeGiB() + " GiB " + result.volume().type() + " in "
                        + result.volume().availabilityZone() + ") from " + id + (result.device() == null ? ""
                        : ", attached to " + attach + " as " + result.device()));
                out().flush();
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "delete", description = "Delete snapshots; those an AMI uses are refused, naming the AMI. Needs --yes: "
            + "without it, says what would be deleted and exits 4.")
    static final class Delete extends Action {
        @Parameters(paramLabel = "SNAP", arity = "1..*", description = "Snapshot ids.") List<String> ids;
        @Option(names = {"--yes", "-y"}, description = "Really delete them.") boolean yes;

        @Override
        void check() {
            checkIds(ids);
        }

        @Override
        int run(CliContext context, SnapshotActions actions, String region) {
            DeletionCheck check = actions.checkDeletion(region, ids, TaskContext.NONE);
            if (!yes) {
                err().println("lifeboat: refused: deleting " + count(check.deletable().size()) + " (" + check.gib()
                        + " GiB of volume data) needs --yes; nothing was deleted.");
                check.inUse().forEach((s, ami) -> err().println("lifeboat: " + s + " would be refused: used by " + ami));
                err().flush();
                return ExitCodes.REFUSED;
            }
            ActionResult result = actions.delete(check, TaskContext.NONE);
            print(result);
            return finish(result, "deleted");
        }

        private void print(ActionResult result) {
            if (json) {
                Map<String, Object> outcome = new LinkedHashMap<>();
                outcome.put("deleted", result.done());
                outcome.put("refused", result.refused());
                Map<String, String> failed = new LinkedHashMap<>();
                result.failed().forEach((id, p) -> failed.put(id, p.text()));
                outcome.put("failed", failed);
                Json.print(out(), outcome);
            } else {
                out().println(result.done().size() + " snapshots deleted" + (result.done().isEmpty() ? ""
                        : ": " + String.join(", ", result.done())));
                out().flush();
            }
        }
    }

    @Command(name = "retain", description = "Change how long snapshots are kept: DeleteOn rewritten to each snapshot's day "
            + "plus N days, or removed with --keep (the backup engine then never deletes them). Needs --yes.")
    static final class Retain extends Action {
        @Parameters(paramLabel = "SNAP", arity = "1..*", description = "Snapshot ids.") List<String> ids;

        static final class Choice {
            @Option(names = "--days", paramLabel = "N", required = true, description = "Keep N days from the snapshot's day.")
            Integer days;
            @Option(names = "--keep", required = true, description = "Keep them indefinitely (remove DeleteOn).") boolean keep;
        }

        @ArgGroup(exclusive = true, multiplicity = "1") Choice choice;
        @Option(names = {"--yes", "-y"}, description = "Really change them.") boolean yes;

        @Override
        void check() {
            checkIds(ids);
            if (choice.days != null && (choice.days < 1 || choice.days > 3650)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--days is 1 to 3650");
            }
        }

        @Override
        int run(CliContext context, SnapshotActions actions, String region) {
            RetentionChange change = RetentionChange.plan(region, actions.snapshots(region, ids, TaskContext.NONE),
                    choice.keep ? null : choice.days);
            if (!yes) {
                err().println("lifeboat: refused: " + (change.keep() ? "removing DeleteOn from " : "rewriting DeleteOn of ")
                        + count(change.changes().size()) + " needs --yes; nothing was changed.");
                err().flush();
                return ExitCodes.REFUSED;
            }
            long due = change.dueBy(todayUtc(context));
            if (due > 0) {
                err().println("lifeboat: warning: " + due + " of them are now due: the next prune deletes them.");
            }
            ActionResult result = actions.applyRetention(change, TaskContext.NONE);
            if (json) {
                Json.print(out(), change.changes().stream().filter(c -> result.done().contains(c.snapshot().id())).map(c -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("snapshotId", c.snapshot().id());
                    row.put("keepUntilBefore", c.before());
                    row.put("keepUntil", c.after());
                    return row;
                }).toList());
            } else {
                change.changes().stream().filter(c -> result.done().contains(c.snapshot().id())).forEach(c -> out().println(
                        c.snapshot().id() + ": DeleteOn " + (c.before() == null ? "(none)" : c.before()) + " -> "
                                + (c.after() == null ? "(removed: kept indefinitely)" : c.after())));
                out().flush();
            }
            return finish(result, "changed");
        }
    }
}
