package io.lifeboat.bench;

import io.lifeboat.aws.Connection;
import io.lifeboat.aws.ConnectionSpec;
import io.lifeboat.aws.Connector;
import io.lifeboat.aws.sandbox.SandboxAccount;
import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.aws.sandbox.SandboxLimits;
import io.lifeboat.aws.sandbox.SandboxServiceClients;
import io.lifeboat.aws.sandbox.ec2.Ec2Gate;
import io.lifeboat.backup.BackupPlan;
import io.lifeboat.backup.BackupReport;
import io.lifeboat.backup.BackupService;
import io.lifeboat.backup.BackupSettings;
import io.lifeboat.backup.DeletionApproval;
import io.lifeboat.backup.RunScope;
import io.lifeboat.backup.TimeBudget;
import io.lifeboat.tasks.TaskContext;
import io.lifeboat.volumes.BackupConvention;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * Backups at fleet scale: 10,000 instances x 2 volumes over 4 regions, sandbox with EC2's throttling and latency on.
 *
 * <p>Prints the run's wall time against the rate-limit floor: per region (mutating calls - bucket) / refill,
 * regions in parallel so the floor is the slowest region's; the throttled share of mutating calls; the
 * calls. The wall time covers connecting, planning (the listings) and running, plus the start of a
 * command-line process ({@code cli_start_s}, measured by starting one), since the nightly command starts
 * cold. Options: {@code --instances N} (in all), {@code --regions N} (1 to 5), {@code --bucket N},
 * {@code --refill PER_S} (the mutating bucket; default 20 at 20/s, the figures of the measurement),
 * {@code --latency-ms N} (150), {@code --ec2-defaults} (EC2's documented buckets: 100 at 5/s).
 */
public final class BackupscaleBench {

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        double cliStart = CliStart.seconds();
        SandboxClock clock = SandboxClock.manual(Instant.parse("2026-11-24T01:00:00Z"));
        SandboxAccount account = SandboxAccount.empty(clock);
        List<String> regions = SandboxAccount.REGIONS.subList(0, options.regions);
        long built = System.nanoTime();
        int withHistory = options.instances / 5;
        build(account, regions, options.instances / options.regions, withHistory / options.regions, clock);
        Metrics.print("fixture_build_ms", Metrics.millisSince(built), "ms");
        Metrics.print("instances", options.instances, "");
        Metrics.print("volumes", options.instances * 2L, "");
        Metrics.print("regions", regions.size(), "");
        Metrics.print("bucket_mutating", options.limits.mutating().capacity(), "tokens");
        Metrics.print("refill_mutating", options.limits.mutating().refillPerSecond(), "per_s");
        Metrics.print("latency", options.limits.latency().toMillis(), "ms");

        account.limit(options.limits);
        Map<String, Ec2Gate.Counts> before = counts(account, regions);
        ExecutorService io = Executors.newCachedThreadPool();
        long start = System.nanoTime();
        BackupReport report;
        BackupPlan plan;
        long calls;
        try (Connection connection = Connector.builder().sandbox(s -> new SandboxServiceClients(account)).build()
                .connect(ConnectionSpec.sandbox(regions.get(0), false))) {
            BackupService service = new BackupService(connection.clients(), io);
            plan = service.plan(regions, BackupSettings.defaults(BackupConvention.DEFAULT), TaskContext.NONE);
            Metrics.print("plan_s", seconds(System.nanoTime() - start), "s");
            report = service.run(plan, RunScope.CREATE_AND_PRUNE, DeletionApproval.of(plan), TaskContext.NONE,
                    TimeBudget.none(), new ProgressLog());
            calls = connection.calls().total();
            connection.calls().snapshot().forEach((op, n) -> Metrics.print("calls_" + op.replace(':', '_'), n, "calls"));
        } finally {
            io.shutdownNow();
        }
        double wall = seconds(System.nanoTime() - start);
        account.limit(SandboxLimits.NONE);
        printFigures(options, account, regions, before, plan, report, calls, wall, cliStart);
    }

    private static void printFigures(Options options, SandboxAccount account, List<String> regions,
                                     Map<String, Ec2Gate.Counts> before, BackupPlan plan, BackupReport report, long calls,
                                     double wall, double cliStart) {
        double floor = 0;
        long mutating = 0;
        long throttled = 0;
        for (String region : regions) {
            Ec2Gate.Counts after = Ec2Gate.of(account, region).counts();
            long admitted = after.mutatingAdmitted() - before.get(region).mutatingAdmitted();
            long refused = after.mutatingThrottled() - before.get(region).mutatingThrottled();
            double regionFloor = Math.max(0, admitted - options.limits.mutating().capacity())
                    / options.limits.mutating().refillPerSecond();
            Metrics.print("floor_s_" + region, round(regionFloor), "s");
            Metrics.print("throttled_" + region, refused, "calls");
            floor = Math.max(floor, regionFloor);
            mutating += admitted + refused;
            throttled += refused;
        }
        Metrics.print("planned_creates", plan.creates().size(), "calls");
        Metrics.print("planned_deletions", plan.deletions().size(), "snapshots");
        Metrics.print("created", report.counts().created(), "snapshots");
        Metrics.print("deleted", report.counts().deleted(), "snapshots");
        Metrics.print("mutating_calls", mutating, "calls");
        Metrics.print("throttled", throttled, "calls");
        Metrics.print("calls", calls, "calls");
        Metrics.print("cli_start_s", round(cliStart), "s");
        Metrics.print("run_s", round(wall), "s");
        Metrics.print("wall_s", round(wall + cliStart), "s");
        Metrics.print("floor_s", round(floor), "s");
        Metrics.print("ratio", Math.round((wall + cliStart) / floor * 1000) / 1000.0, "");
        Metrics.print("throttled_share", Math.round(10000.0 * throttled / mutating) / 100.0, "%");
        if (report.counts().created() != options.instances * 2 || report.counts().deleted() != plan.deletions().size()
                || report.outcome() != BackupReport.Outcome.DONE) {
            throw new IllegalStateException("Unexpected run: " + report.summary());
        }
        Metrics.print("exactly_one_snapshot_per_volume", Verify.onePerVolume(account, regions, options.instances * 2), "");
    }

    /** The regions' fleets, side by side (each region's state has its own lock), then two nights of history. */
    private static void build(SandboxAccount account, List<String> regions, int perRegion, int historyPerRegion,
                              SandboxClock clock) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(regions.size());
        SandboxServiceClients clients = new SandboxServiceClients(account);
        try {
            Map<Ec2Client, Future<List<ScaleFleet.Machine>>> launching = new LinkedHashMap<>();
            for (String region : regions) {
                Ec2Client ec2 = clients.ec2(region);
                launching.put(ec2, pool.submit(() -> ScaleFleet.launch(ec2, region, perRegion)));
            }
            Map<Ec2Client, List<ScaleFleet.Machine>> machines = new LinkedHashMap<>();
            for (Map.Entry<Ec2Client, Future<List<ScaleFleet.Machine>>> region : launching.entrySet()) {
                machines.put(region.getKey(), region.getValue().get());
            }
            clock.advance(Duration.ofMinutes(1));
            List<Future<?>> attaching = new java.util.ArrayList<>();
            machines.forEach((ec2, list) -> attaching.add(pool.submit(() -> ScaleFleet.attach(ec2, list))));
            for (Future<?> f : attaching) {
                f.get();
            }
            Map<Ec2Client, List<String>> history = new LinkedHashMap<>();
            machines.forEach((ec2, list) -> history.put(ec2, list.subList(0, historyPerRegion).stream()
                    .flatMap(m -> java.util.stream.Stream.of(m.rootVolume(), m.dataVolume())).toList()));
            ScaleFleet.history(history, clock);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, Ec2Gate.Counts> counts(SandboxAccount account, List<String> regions) {
        Map<String, Ec2Gate.Counts> counts = new LinkedHashMap<>();
        regions.forEach(r -> counts.put(r, Ec2Gate.of(account, r).counts()));
        return counts;
    }

    private static double seconds(long nanos) {
        return round(nanos / 1e9);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** The command line. */
    private record Options(int instances, int regions, SandboxLimits limits) {
        static Options parse(String[] args) {
            int instances = 10_000;
            int regions = 4;
            SandboxLimits limits = SandboxLimits.ec2Defaults().withMutating(new SandboxLimits.Bucket(20, 20))
                    .withLatency(Duration.ofMillis(150));
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--instances" -> instances = Integer.parseInt(args[++i]);
                    case "--regions" -> regions = Integer.parseInt(args[++i]);
                    case "--bucket" -> limits = limits.withMutating(new SandboxLimits.Bucket(Integer.parseInt(args[++i]),
                            limits.mutating().refillPerSecond()));
                    case "--refill" -> limits = limits.withMutating(new SandboxLimits.Bucket(limits.mutating().capacity(),
                            Double.parseDouble(args[++i])));
                    case "--latency-ms" -> limits = limits.withLatency(Duration.ofMillis(Long.parseLong(args[++i])));
                    case "--ec2-defaults" -> limits = SandboxLimits.ec2Defaults().withLatency(limits.latency());
                    default -> throw new IllegalArgumentException("Unknown option " + args[i]);
                }
            }
            return new Options(instances, regions, limits);
        }
    }
}
