package io.lifeboat.cli;

import io.lifeboat.inventory.InventoryCache;
import io.lifeboat.inventory.InventoryLoader;
import io.lifeboat.inventory.InventoryResult;
import io.lifeboat.inventory.RegionInventory;
import io.lifeboat.snapshots.PolicyHistory;
import io.lifeboat.snapshots.RegionSnapshots;
import io.lifeboat.snapshots.SnapshotRow;
import io.lifeboat.snapshots.VolumeTimeline;
import io.lifeboat.tasks.TaskContext;
import io.lifeboat.volumes.BackupPolicies;
import io.lifeboat.volumes.VolumeService;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lifeboat snapshots}: the snapshots, a volume's expected nights and missed days, and the actions on them. */
@Command(name = "snapshots", description = {"List snapshots with who made them, until when each is kept and which lost "
        + "their volume; with --volume, also the nights its policy expected and the days it missed (in your time zone, "
        + "TZ).", "Subcommands act on snapshots of one region: copy, restore, delete, retain."},
        subcommands = {SnapshotActionCommands.Copy.class, SnapshotActionCommands.Restore.class,
                SnapshotActionCommands.Delete.class, SnapshotActionCommands.Retain.class})
final class SnapshotsCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--volume", paramLabel = "ID", description = "Only this volume's snapshots, with its expected slots and missed days.")
    String volume;

    @Option(names = "--instance", paramLabel = "ID", description = "Only the snapshots of this instance's volumes.")
    String instance;

    @Option(names = "--orphans", description = "Only snapshots whose volume is gone (copies excepted: they name their source).")
    boolean orphans;

    @Option(names = "--json", description = "Print JSON (fields: snapshotId, volumeId, startTime, state, sizeGiB, origin, "
            + "orphan, keepUntil, and more; with --volume an object with snapshots, expectedSlots and missedDays).")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (volume != null && instance != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Give --volume or --instance, not both");
        }
        checkId(volume, "vol-", "--volume");
        checkId(instance, "i-", "--instance");
        return Cli.withContext(spec, connection, context -> {
            ExecutorService io = Executors.newCachedThreadPool();
            try {
                InventoryCache cache = InventoryCache.of(context.connection().clients(), io);
                InventoryResult result = cache.regions(context.regions(), InventoryLoader.ALL, TaskContext.NONE,
                        new InventoryLoader.RegionListener() { });
                VolumeService volumes = new VolumeService(context.connection().clients(), context.convention(), cache);
                List<RegionSnapshots> regions = new ArrayList<>();
                BackupPolicies policies = new BackupPolicies(context.convention());
                for (RegionInventory region : result.regions()) {
                    List<PolicyHistory.RecordedEdit> edits = context.tagEdits(region.region());
                    regions.add(new RegionSnapshots(region, volumes.records(List.of(region)), result.regions(),
                            volume -> PolicyHistory.of(volume, policies, edits)));
                }
                PrintWriter err = spec.commandLine().getErr();
                if (!print(regions, context.connection().clients().clock().instant())) {
                    err.println("lifeboat: no volume " + (volume != null ? volume : instance) + " and no snapshot of it in "
                            + String.join(", ", context.regions()) + " (the volume's region goes in --region)");
                    err.flush();
                    return ExitCodes.PARTIAL_FAILURE;
                }
                result.failed().forEach((region, problem) -> Cli.printProblem(err, "region " + region, problem));
                return result.failed().isEmpty() ? ExitCodes.OK : ExitCodes.PARTIAL_FAILURE;
            } finally {
                io.shutdownNow();
            }
        });
    }

    private void checkId(String id, String prefix, String option) {
        if (id != null && !id.matches(prefix + "[0-9a-f]{8,17}")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '" + option + "': '"
                    + id + "' is not an id such as " + prefix + "0123456789abcdef0");
        }
    }

    /** Prints what was asked; {@code false} when a volume or instance named was found nowhere. */
    private boolean print(List<RegionSnapshots> regions, java.time.Instant now) {
        PrintWriter out = spec.commandLine().getOut();
        List<Map<String, Object>> rows = new ArrayList<>();
        List<SnapshotRow> shown = new ArrayList<>();
        RegionSnapshots holder = null;
        for (RegionSnapshots region : regions) {
            for (SnapshotRow row : region.rows()) {
                if (matches(row, region)) {
                    rows.add(SnapshotsJson.snapshot(row, region));
                    shown.add(row);
                }
            }
            if (volume != null && (region.volume(volume) != null || !region.snapshotsOf(volume).isEmpty())) {
                holder = region;
            }
        }
        VolumeTimeline timeline = holder == null ? null : holder.timeline(volume, now, ZoneId.systemDefault());
        if (json) {
            Json.print(out, timeline == null ? rows : SnapshotsJson.timeline(timeline, rows));
            return found(regions, timeline);
        }
        TextTable table = new TextTable(List.of("REGION", "SNAPSHOT", "VOLUME", "STARTED", "STATE", "GIB", "ORIGIN",
                "KEEP UNTIL", "NOTE"));
        shown.stream().sorted(Comparator.comparing(SnapshotRow::startTime, Comparator.nullsLast(Comparator.reverseOrder())))
                .forEach(r -> table.add(List.of(r.region(), r.id(), String.valueOf(r.snapshot().volumeId()),
                        r.startTime() == null ? "" : TIME.format(r.startTime()), r.snapshot().shownState(),
                        Integer.toString(r.snapshot().volumeSizeGiB()), r.origin().id(),
                        r.deleteOn() == null ? "-" : r.deleteOn(),
                        r.orphan() ? "orphan" : r.copyOf() != null ? "copy of " + r.copyOf() : "")));
        table.print(out);
        out.println(shown.size() + " snapshots, " + shown.stream().mapToLong(r -> r.snapshot().volumeSizeGiB()).sum()
                + " GiB of volume data");
        if (timeline != null) {
            out.println(timeline.volumeId() + " (" + timeline.label() + "): " + (timeline.missed().isEmpty() ? "no missed day"
                    : "missed " + timeline.missed().stream().map(Object::toString).collect(Collectors.joining(", ")))
                    + " (" + timeline.zone().getId() + "). " + timeline.protection().basis());
        }
        out.flush();
        return found(regions, timeline);
    }

    private boolean found(List<RegionSnapshots> regions, VolumeTimeline timeline) {
        if (volume != null) {
            return timeline != null;
        }
        return instance == null || regions.stream().anyMatch(r -> r.volumes().stream().anyMatch(v -> instance.equals(v.instanceId())));
    }

    private boolean matches(SnapshotRow row, RegionSnapshots region) {
        if (orphans && !row.orphan()) {
            return false;
        }
        if (volume != null && !volume.equals(row.snapshot().volumeId())) {
            return false;
        }
        return instance == null || (region.volume(row.snapshot().volumeId()) != null
                && instance.equals(region.volume(row.snapshot().volumeId()).instanceId()));
    }
}
