package io.lifeboat.bench;

import io.lifeboat.aws.Connection;
import io.lifeboat.aws.ConnectionSpec;
import io.lifeboat.aws.Connector;
import io.lifeboat.aws.sandbox.SandboxAccount;
import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.aws.sandbox.SandboxServiceClients;
import io.lifeboat.backup.BackupPlan;
import io.lifeboat.backup.BackupReport;
import io.lifeboat.backup.BackupService;
import io.lifeboat.backup.BackupSettings;
import io.lifeboat.backup.DeletionApproval;
import io.lifeboat.backup.RunScope;
import io.lifeboat.inventory.Tags;
import io.lifeboat.tasks.TaskContext;
import io.lifeboat.volumes.BackupConvention;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/** Backup engine at scale: 1,000 instances x 2 volumes on the sandbox; API calls by operation and wall time, plan and run. */
public final class BackupBench {

    static final String REGION = "eu-west-3";
    static final int INSTANCES = 1_000;

    public static void main(String[] args) throws Exception {
        SandboxClock clock = SandboxClock.manual(Instant.parse("2026-11-24T02:00:00Z"));
        SandboxAccount account = SandboxAccount.empty(clock);
        ExecutorService io = Executors.newCachedThreadPool();
        try (Connection connection = Connector.builder().sandbox(s -> new SandboxServiceClients(account)).build()
                .connect(ConnectionSpec.sandbox(REGION, false))) {
            long built = System.nanoTime();
            int due = buildFleet(connection.clients().ec2(REGION), clock);
            Metrics.print("fixture_build_ms", Metrics.millisSince(built), "ms");
            Metrics.print("instances", INSTANCES, "");
            Metrics.print("volumes", INSTANCES * 2, "");
            Metrics.print("snapshots_due", due, "");

            BackupService service = new BackupService(connection.clients(), io);
            BackupSettings settings = BackupSettings.defaults(BackupConvention.DEFAULT);
            service.plan(List.of(REGION), settings, TaskContext.NONE);
            connection.calls().reset();
            long planStart = System.nanoTime();
            BackupPlan plan = service.plan(List.of(REGION), settings, TaskContext.NONE);
            Metrics.print("plan_ms", Metrics.millisSince(planStart), "ms");
            printCalls("plan", connection);
            long minimum = ceil(INSTANCES, 1000) + ceil(INSTANCES * 2L, 500) + ceil(due * 2L, 1000) + 1;
            Metrics.print("plan_api_calls_pagination_minimum", minimum, "calls");
            Metrics.print("plan_creates", plan.creates().size(), "calls");
            Metrics.print("plan_volumes", plan.totals().volumes(), "volumes");
            Metrics.print("plan_deletions", plan.deletions().size(), "snapshots");

            connection.calls().reset();
            long runStart = System.nanoTime();
            BackupReport report = service.run(plan, RunScope.CREATE_AND_PRUNE, DeletionApproval.of(plan), TaskContext.NONE);
            Metrics.print("run_ms", Metrics.millisSince(runStart), "ms");
            Metrics.print("run_create_ms", report.createMillis(), "ms");
            Metrics.print("run_prune_ms", report.pruneMillis(), "ms");
            printCalls("run", connection);
            long createCalls = connection.calls().count("CreateSnapshot") + connection.calls().count("CreateSnapshots");
            Metrics.print("run_create_calls_per_instance", (double) createCalls / INSTANCES, "calls");
            Metrics.print("run_snapshots_created", report.counts().created(), "snapshots");
            Metrics.print("run_snapshots_deleted", report.counts().deleted(), "snapshots");
            if (report.counts().created() != INSTANCES * 2 || report.counts().deleted() != due || createCalls > INSTANCES) {
                throw new IllegalStateException("Unexpected run: " + report.summary() + ", " + createCalls + " create calls");
            }
        } finally {
            io.shutdownNow();
        }
    }

    private static void printCalls(String phase, Connection connection) {
        Metrics.print(phase + "_api_calls", connection.calls().total(), "calls");
        connection.calls().snapshot().forEach((operation, count) ->
                Metrics.print(phase + "_api_calls_" + operation.replace(':', '_'), count, "calls"));
    }

    /**
     * Instances tagged Backup=Yes with a root and a data volume; two nights of automated snapshots of each
     * root, the older due today (DeleteOn = today), so the run also prunes 1,000 snapshots (a volume's
     * newest completed one is never pruned).
     */
    private static int buildFleet(Ec2Client ec2, SandboxClock clock) {
        List<String> data = new ArrayList<>();
        List<String> instances = new ArrayList<>();
        for (int b = 0; b < INSTANCES / 100; b++) {
            String costCenter = "cc-" + b;
            List<Instance> launched = ec2.runInstances(r -> r.imageId("ami-12c6146b").instanceType("t3.micro")
                    .minCount(100).maxCount(100).placement(p -> p.availabilityZone(REGION + "a"))
                    .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.INSTANCE)
                            .tags(Tags.toSdk(Map.of("Backup", "Yes", "CostCenter", costCenter))).build()))
                    .instances();
            launched.forEach(i -> instances.add(i.instanceId()));
            for (int i = 0; i < launched.size(); i++) {
                data.add(ec2.createVolume(r -> r.availabilityZone(REGION + "a").size(50)).volumeId());
            }
        }
        clock.advance(Duration.ofMinutes(1));
        for (int i = 0; i < INSTANCES; i++) {
            String volume = data.get(i);
            String instance = instances.get(i);
            ec2.attachVolume(r -> r.volumeId(volume).instanceId(instance).device("/dev/xvdf"));
        }
        clock.advance(Duration.ofMinutes(1));
        LocalDate firstNight = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<String> roots = new ArrayList<>();
        ec2.describeVolumesPaginator(r -> r.maxResults(500).filters(f -> f.name("attachment.device").values("/dev/xvda")))
                .volumes().forEach(v -> roots.add(v.volumeId()));
        for (String deleteOn : List.of(firstNight.plusDays(2).toString(), firstNight.plusDays(8).toString())) {
            for (String root : roots) {
                ec2.createSnapshot(r -> r.volumeId(root).description("an earlier night")
                        .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.SNAPSHOT)
                                .tags(Tags.toSdk(Map.of("Type", "Automated", "DeleteOn", deleteOn))).build()));
            }
            // The next night: those snapshots completed.
            clock.advance(Duration.ofHours(24));
        }
        return roots.size();
    }

    private static long ceil(long items, int page) {
        return (items + page - 1) / page;
    }
}
