package io.lifeboat.cli;

import io.lifeboat.aws.Problem;
import io.lifeboat.tasks.TaskContext;
import io.lifeboat.volumes.BackupPolicy;
import io.lifeboat.volumes.BackupStatus;
import io.lifeboat.volumes.TagCondition;
import io.lifeboat.volumes.VolumeColumn;
import io.lifeboat.volumes.VolumeFilter;
import io.lifeboat.volumes.VolumeLoad;
import io.lifeboat.volumes.VolumeRecord;
import io.lifeboat.volumes.VolumeService;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "volumes", description = {"List every EBS volume with its instance, device, size, state and the backup "
        + "policy its tags give it.", "Backup=Yes on an instance backs up its volumes, Retention=N keeps N days "
        + "(default 7), Backup=No on a volume opts it out."})
final class VolumesCommand implements Callable<Integer> {

    private static final List<VolumeColumn> TABLE = List.of(VolumeColumn.VOLUME_ID, VolumeColumn.NAME,
            VolumeColumn.INSTANCE_ID, VolumeColumn.DEVICE, VolumeColumn.SIZE, VolumeColumn.POLICY,
            VolumeColumn.RETENTION, VolumeColumn.STATUS, VolumeColumn.LAST_SNAPSHOT);

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--json", description = "Print a JSON array (fields: volumeId, instanceId, device, sizeGiB, policy, "
            + "retentionDays, status, lastSnapshot, problem, and more).")
    boolean json;

    @Option(names = "--filter", paramLabel = "TEXT", description = "Only volumes whose ids, names or tags contain every word.")
    String text = "";

    @Option(names = "--tag", paramLabel = "KEY[=VALUE]", description = "Only volumes whose own or instance's tags match; repeatable.")
    List<String> tags = new ArrayList<>();

    @Option(names = "--status", paramLabel = "STATUS", split = ",",
            description = "Only these statuses: ok, overdue, never-backed-up, opted-out, not-covered, misconfigured.")
    List<String> statuses = new ArrayList<>();

    @Option(names = "--policy", paramLabel = "POLICY", split = ",",
            description = "Only these policies: protected, opted-out, not-covered, misconfigured.")
    List<String> policies = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        VolumeFilter filter = filter();
        return Cli.withContext(spec, connection, context -> {
            ExecutorService io = Executors.newCachedThreadPool();
            try {
                VolumeService service = new VolumeService(context.connection().clients(), context.convention(), io);
                VolumeLoad load = service.load(context.regions(), TaskContext.NONE, new io.lifeboat.inventory.InventoryLoader.RegionListener() { });
                List<VolumeRecord> rows = filter.apply(load.records());
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    Json.print(out, rows.stream().map(VolumesCommand::asJson).toList());
                } else {
                    printTable(out, rows, load.records().stream().map(VolumeRecord::region).distinct().count() > 1);
                }
                return reportFailures(load.failedRegions());
            } finally {
                io.shutdownNow();
            }
        });
    }

    private VolumeFilter filter() {
        return VolumeFilter.ALL.withText(text)
                .withTags(tags.stream().map(this::tag).toList())
                .withStatuses(parse(statuses, BackupStatus.values(), BackupStatus::id, "status"))
                .withPolicies(parse(policies, BackupPolicy.Kind.values(), BackupPolicy.Kind::id, "policy"));
    }

    private TagCondition tag(String text) {
        try {
            return TagCondition.parse(text);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--tag': '" + text + "': " + e.getMessage() + " (KEY or KEY=VALUE)");
        }
    }

    private <E> Set<E> parse(List<String> names, E[] values, java.util.function.Function<E, String> id, String what) {
        Map<String, E> byId = Arrays.stream(values).collect(Collectors.toMap(id, v -> v));
        return names.stream().map(n -> {
            E value = byId.get(n.trim().toLowerCase());
            if (value == null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "Unknown " + what + " '" + n + "'; expected one of " + String.join(", ", byId.keySet()));
            }
            return value;
        }).collect(Collectors.toSet());
    }

    private void printTable(PrintWriter out, List<VolumeRecord> rows, boolean showRegion) {
        List<VolumeColumn> columns = new ArrayList<>(TABLE);
        if (showRegion) {
            columns.add(0, VolumeColumn.REGION);
        }
        TextTable table = new TextTable(columns.stream().map(VolumeColumn::header).toList());
        rows.forEach(r -> table.add(columns.stream().map(c -> c.text(r)).toList()));
        table.print(out);
        out.println(rows.size() + " volumes");
        rows.stream().filter(r -> r.policy().problem() != null).forEach(r ->
                out.println("  " + r.volumeId() + ": " + r.policy().problem()));
        out.flush();
    }

    private int reportFailures(Map<String, Problem> failed) {
        PrintWriter err = spec.commandLine().getErr();
        failed.forEach((region, problem) -> Cli.printProblem(err, "region " + region, problem));
        return failed.isEmpty() ? ExitCodes.OK : ExitCodes.PARTIAL_FAILURE;
    }

    static Map<String, Object> asJson(VolumeRecord r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("volumeId", r.volumeId());
        json.put("region", r.region());
        json.put("name", r.name());
        json.put("instanceId", r.instanceId());
        json.put("instanceName", r.instance() == null ? null : r.instanceName());
        json.put("device", r.volume().device());
        json.put("sizeGiB", r.volume().sizeGiB());
        json.put("type", r.volume().type());
        json.put("iops", r.volume().iops());
        json.put("throughput", r.volume().throughput());
        json.put("state", r.volume().state());
        json.put("availabilityZone", r.volume().availabilityZone());
        json.put("encrypted", r.volume().encrypted());
        json.put("policy", r.policy().kind().id());
        json.put("retentionDays", r.policy().backedUp() ? r.policy().retentionDays() : null);
        json.put("retentionSource", r.policy().retentionSource() == null ? null
                : r.policy().retentionSource().name().toLowerCase().replace('_', '-'));
        json.put("backedUp", r.policy().backedUp());
        json.put("status", r.status().id());
        json.put("lastSnapshot", r.lastSnapshot());
        json.put("problem", r.policy().problem());
        json.put("explanation", r.policy().explanation());
        json.put("tags", new TreeMap<>(r.tags()));
        json.put("instanceTags", new TreeMap<>(r.instanceTags()));
        return json;
    }
}
