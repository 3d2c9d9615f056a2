package io.lifeboat.bench;

import io.lifeboat.aws.Connection;
import io.lifeboat.aws.ConnectionSpec;
import io.lifeboat.aws.Connector;
import io.lifeboat.aws.sandbox.SandboxAccount;
import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.aws.sandbox.SandboxServiceClients;
import io.lifeboat.inventory.InventoryLoader;
import io.lifeboat.inventory.Tags;
import io.lifeboat.tasks.TaskContext;
import io.lifeboat.volumes.BackupConvention;
import io.lifeboat.volumes.TagCondition;
import io.lifeboat.volumes.VolumeFilter;
import io.lifeboat.volumes.VolumeLoad;
import io.lifeboat.volumes.VolumeRecord;
import io.lifeboat.volumes.VolumeService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/** Volume inventory at scale: 10,000 volumes, 50,000 snapshots on the sandbox; API calls, refresh, filter, heap. */
public final class VolumesBench {

    static final String REGION = "eu-west-3";
    static final int INSTANCES = 5_000;
    static final int SNAPSHOTS_PER_VOLUME = 5;

    public static void main(String[] args) throws Exception {
        SandboxClock clock = SandboxClock.manual(Instant.parse("2026-11-25T12:00:00Z"));
        SandboxAccount account = SandboxAccount.empty(clock);
        ExecutorService io = Executors.newCachedThreadPool();
        try (Connection connection = Connector.builder().sandbox(s -> new SandboxServiceClients(account)).build()
                .connect(ConnectionSpec.sandbox(REGION, false))) {
            long built = System.nanoTime();
            int volumes = buildFleet(connection.clients().ec2(REGION), clock);
            Metrics.print("fixture_build_s", Math.round(Metrics.millisSince(built) / 100) / 10.0, "s");
            Metrics.print("volumes", volumes, "");
            Metrics.print("snapshots", volumes * SNAPSHOTS_PER_VOLUME, "");

            VolumeService service = new VolumeService(connection.clients(), BackupConvention.DEFAULT, io);
            service.load(List.of(REGION), TaskContext.NONE, new InventoryLoader.RegionListener() { });
            long heapBefore = Metrics.heapUsedMib();
            connection.calls().reset();
            long started = System.nanoTime();
            VolumeLoad load = service.load(List.of(REGION), TaskContext.NONE, new InventoryLoader.RegionListener() { });
            Metrics.print("refresh_ms", Metrics.millisSince(started), "ms");
            Metrics.print("api_calls_refresh", connection.calls().total(), "calls");
            connection.calls().snapshot().forEach((operation, count) ->
                    Metrics.print("api_calls_" + operation.replace(':', '_'), count, "calls"));
            long minimum = ceil(INSTANCES, 1000) + ceil(volumes, 500) + ceil((long) volumes * SNAPSHOTS_PER_VOLUME, 1000);
            Metrics.print("api_calls_pagination_minimum", minimum, "calls");

            List<VolumeRecord> rows = load.records();
            Metrics.print("filter_text_ms_median", median(() -> VolumeFilter.ALL.withText("web-0042").apply(rows)), "ms");
            Metrics.print("filter_tag_ms_median", median(() -> VolumeFilter.ALL
                    .withTags(List.of(TagCondition.parse("Env=prod"))).apply(rows)), "ms");
            Metrics.print("filter_rows", rows.size(), "rows");
            long heapAfter = Metrics.heapUsedMib();
            Metrics.print("heap_used_total_mib", heapAfter, "MiB");
            Metrics.print("heap_used_lifeboat_mib", heapAfter - heapBefore, "MiB");
            Metrics.print("heap_used_sandbox_state_mib", heapBefore, "MiB");
            if (rows.size() != volumes) {
                throw new IllegalStateException("Expected " + volumes + " rows, got " + rows.size());
            }
        } finally {
            io.shutdownNow();
        }
    }

    /** Instances tagged like a real fleet, each with a root and a data volume, five snapshots per volume. */
    private static int buildFleet(Ec2Client ec2, SandboxClock clock) {
        List<String> volumeIds = new ArrayList<>();
        for (int batch = 0; batch < INSTANCES / 100; batch++) {
            String env = batch % 3 == 0 ? "prod" : batch % 3 == 1 ? "staging" : "dev";
            List<Instance> instances = ec2.runInstances(r -> r.imageId("ami-12c6146b").instanceType("t3.micro")
                    .minCount(100).maxCount(100).placement(p -> p.availabilityZone(REGION + "a"))
                    .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.INSTANCE)
                            .tags(Tags.toSdk(Map.of("Env", env, "Backup", "Yes", "Retention", "14"))).build()))
                    .instances();
            for (int i = 0; i < instances.size(); i++) {
                String id = instances.get(i).instanceId();
                String name = "web-" + String.format("%04d", batch * 100 + i);
                ec2.createTags(r -> r.resources(id).tags(Tags.toSdk(Map.of("Name", name))));
                String data = ec2.createVolume(r -> r.availabilityZone(REGION + "a").size(100)).volumeId();
                volumeIds.add(data);
            }
        }
        clock.advance(Duration.ofMinutes(1));
        List<String> dataVolumes = List.copyOf(volumeIds);
        List<String> instanceIds = new ArrayList<>();
        ec2.describeInstancesPaginator(r -> r.maxResults(1000)).reservations()
                .forEach(res -> res.instances().forEach(i -> instanceIds.add(i.instanceId())));
        for (int i = 0; i < dataVolumes.size(); i++) {
            String volume = dataVolumes.get(i);
            String instance = instanceIds.get(i);
            ec2.attachVolume(r -> r.volumeId(volume).instanceId(instance).device("/dev/xvdf"));
        }
        List<String> all = new ArrayList<>();
        ec2.describeVolumesPaginator(r -> r.maxResults(500)).volumes().forEach(v -> all.add(v.volumeId()));
        for (int day = SNAPSHOTS_PER_VOLUME; day >= 1; day--) {
            String deleteOn = "2026-12-" + String.format("%02d", 5 + day);
            for (String volume : all) {
                ec2.createSnapshot(r -> r.volumeId(volume).description("bench")
                        .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.SNAPSHOT)
                                .tags(Tags.toSdk(Map.of("Type", "Automated", "DeleteOn", deleteOn))).build()));
            }
            clock.advance(Duration.ofHours(1));
        }
        clock.advance(Duration.ofHours(1));
        return all.size();
    }

    private static double median(Runnable work) {
        for (int i = 0; i < 20; i++) {
            work.run();
        }
        double[] times = new double[51];
        for (int i = 0; i < times.length; i++) {
            long started = System.nanoTime();
            work.run();
            times[i] = Metrics.millisSince(started);
        }
        Arrays.sort(times);
        return times[times.length / 2];
    }

    private static long ceil(long items, int page) {
        return (items + page - 1) / page;
    }
}
