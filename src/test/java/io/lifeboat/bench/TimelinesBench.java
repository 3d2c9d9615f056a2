package io.lifeboat.bench;

import io.lifeboat.app.Lifeboat;
import io.lifeboat.app.Session;
import io.lifeboat.aws.ConnectionSpec;
import io.lifeboat.aws.credentials.MfaCodePrompt;
import io.lifeboat.aws.sandbox.SandboxAccount;
import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.aws.sandbox.SandboxServiceClients;
import io.lifeboat.backup.BackupSettings;
import io.lifeboat.inventory.Tags;
import io.lifeboat.snapshots.DayGrid;
import io.lifeboat.snapshots.RegionSnapshots;
import io.lifeboat.snapshots.VolumeTimeline;
import io.lifeboat.tasks.InlineTaskRunner;
import io.lifeboat.ui.RecordingDialogs;
import io.lifeboat.ui.backup.BackupViewModel;
import io.lifeboat.ui.common.RegionSelection;
import io.lifeboat.ui.shell.Destinations;
import io.lifeboat.ui.snapshots.AnsweringForms;
import io.lifeboat.ui.snapshots.SnapshotsViewModel;
import io.lifeboat.ui.volumes.VolumesViewModel;
import io.lifeboat.volumes.BackupConvention;
import io.lifeboat.volumes.VolumeRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/** Snapshot timelines at scale: 100,000 snapshots of 1,000 volumes; load, heap, a timeline, the heat map, switching views. */
public final class TimelinesBench {

    static final String REGION = "eu-west-3";
    static final int VOLUMES = 1_000;
    static final int NIGHTS = 102;
    static final Instant FIRST_NIGHT = Instant.parse("2026-08-12T01:00:00Z");
    static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    public static void main(String[] args) throws Exception {
        SandboxClock clock = SandboxClock.manual(FIRST_NIGHT.minus(Duration.ofDays(1)));
        SandboxAccount account = SandboxAccount.empty(clock);
        Path home = Files.createTempDirectory("lifeboat-bench-timelines");
        InlineTaskRunner tasks = new InlineTaskRunner();
        try (Lifeboat core = Lifeboat.open(home, Runnable::run, () -> false, MfaCodePrompt.NONE,
                spec -> new SandboxServiceClients(account))) {
            Session session = core.connect(ConnectionSpec.sandbox(REGION, false));
            long built = System.nanoTime();
            int snapshots = buildFleet(session.connection().clients().ec2(REGION), clock);
            Metrics.print("fixture_build_s", Math.round(Metrics.millisSince(built) / 100) / 10.0, "s");
            Metrics.print("volumes", VOLUMES, "");
            Metrics.print("snapshots", snapshots, "");

            RecordingDialogs dialogs = new RecordingDialogs();
            Supplier<BackupSettings> settings = () -> BackupSettings.defaults(BackupConvention.DEFAULT);
            VolumesViewModel volumes = new VolumesViewModel(tasks, regions(tasks, core, Destinations.VOLUMES,
                    RegionSelection.Mode.SEVERAL), dialogs, note -> { });
            BackupViewModel backups = new BackupViewModel(tasks, regions(tasks, core, Destinations.BACKUPS,
                    RegionSelection.Mode.SEVERAL), dialogs, core.backupRuns(), settings);
            SnapshotsViewModel snapshotsView = new SnapshotsViewModel(tasks, regions(tasks, core, Destinations.SNAPSHOTS,
                    RegionSelection.Mode.ONE), dialogs, new AnsweringForms(), note -> { }, settings, () -> ZONE, core.tagHistory());

            long heapBefore = Metrics.heapUsedMib();
            session.connection().calls().reset();
            long loading = System.nanoTime();
            volumes.sessionChanged(session);
            Metrics.print("load_ms", Metrics.millisSince(loading), "ms");
            Metrics.print("api_calls_load", listings(session), "calls");
            if (volumes.allRows().size() != VOLUMES) {
                throw new IllegalStateException("Expected " + VOLUMES + " volumes, got " + volumes.allRows().size());
            }

            session.connection().calls().reset();
            long switching = System.nanoTime();
            backups.sessionChanged(session);
            snapshotsView.sessionChanged(session);
            Metrics.print("switch_to_backups_and_snapshots_ms", Metrics.millisSince(switching), "ms");
            Metrics.print("ec2_listing_calls_switching_volumes_backups_snapshots", listings(session), "calls");
            if (snapshotsView.rows().size() != snapshots || backups.planProperty().get() == null) {
                throw new IllegalStateException("The views did not load: " + snapshotsView.rows().size() + " snapshots");
            }
            long heapAfter = Metrics.heapUsedMib();
            Metrics.print("heap_used_total_mib", heapAfter, "MiB");
            Metrics.print("heap_used_lifeboat_mib", heapAfter - heapBefore, "MiB");
            Metrics.print("heap_used_sandbox_state_mib", heapBefore, "MiB");

            RegionSnapshots region = snapshotsView.dataProperty().get();
            Instant now = clock.instant();
            VolumeRecord one = region.volumes().iterator().next();
            double[] missed = new double[1];
            Metrics.print("timeline_model_ms_median", median(() -> {
                VolumeTimeline timeline = region.timeline(one.volumeId(), now, ZONE);
                missed[0] = timeline.missed().size();
            }), "ms");
            Metrics.print("timeline_marks", region.snapshotsOf(one.volumeId()).size(), "snapshots");
            Metrics.print("timeline_missed_days", (long) missed[0], "days");
            List<VolumeRecord> all = List.copyOf(region.volumes());
            int[] rows = new int[1];
            long first = System.nanoTime();
            region.fleet(all, DayGrid.last(90, now, ZONE));
            Metrics.print("heatmap_model_ms_first", Metrics.millisSince(first), "ms");
            Metrics.print("heatmap_model_ms_median", median(() -> rows[0] = region.fleet(all, DayGrid.last(90, now, ZONE)).size()),
                    "ms");
            Metrics.print("heatmap_cells", rows[0] * 90L, "cells");
        } finally {
            try (var files = Files.walk(home)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static RegionSelection regions(InlineTaskRunner tasks, Lifeboat core, String view, RegionSelection.Mode mode) {
        return new RegionSelection(view, mode, tasks, core.settings());
    }

    /** EC2 listing calls counted by the guards (DescribeRegions, asked once per session for the menus, aside). */
    private static long listings(Session session) {
        Map<String, Long> calls = new TreeMap<>(session.connection().calls().snapshot());
        calls.keySet().removeIf(k -> !k.startsWith("ec2:Describe") || k.equals("ec2:DescribeRegions"));
        return calls.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * 1,000 instances, each with its root volume tagged Backup=Yes, and 102 nights of snapshots through the API
     * (each night at 01:00, a volume reached a few seconds after the last), a volume missing a night now and then.
     */
    private static int buildFleet(Ec2Client ec2, SandboxClock clock) {
        for (int batch = 0; batch < VOLUMES / 100; batch++) {
            ec2.runInstances(r -> r.imageId("ami-12c6146b").instanceType("t3.micro").minCount(100).maxCount(100)
                    .placement(p -> p.availabilityZone(REGION + "a"))
                    .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.INSTANCE)
                            .tags(Tags.toSdk(Map.of("Backup", "Yes", "Retention", "120"))).build()));
        }
        List<String> volumes = new ArrayList<>();
        ec2.describeVolumesPaginator(r -> r.maxResults(500)).volumes().forEach(v -> volumes.add(v.volumeId()));
        clock.advance(Duration.between(clock.instant(), FIRST_NIGHT));
        int made = 0;
        for (int night = 0; night < NIGHTS; night++) {
            String deleteOn = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(120).toString();
            for (int i = 0; i < volumes.size(); i++) {
                if ((i * 7 + night) % 53 == 0) {
                    continue;
                }
                String volume = volumes.get(i);
                ec2.createSnapshot(r -> r.volumeId(volume).description("bench")
                        .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.SNAPSHOT)
                                .tags(Tags.toSdk(Map.of("Type", "Automated", "DeleteOn", deleteOn))).build()));
                made++;
            }
            clock.advance(Duration.ofDays(1));
        }
        clock.advance(Duration.ofHours(9));
        return made;
    }

    /** After 50 runs to warm the JIT up: the steady state a user who switches filters and windows sees. */
    private static double median(Runnable work) {
        for (int i = 0; i < 50; i++) {
            work.run();
        }
        double[] times = new double[31];
        for (int i = 0; i < times.length; i++) {
            long started = System.nanoTime();
            work.run();
            times[i] = Metrics.millisSince(started);
        }
        Arrays.sort(times);
        return times[times.length / 2];
    }
}
