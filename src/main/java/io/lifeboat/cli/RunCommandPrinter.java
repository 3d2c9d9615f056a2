package io.lifeboat.cli;

import io.lifeboat.commands.CommandProgress;
import io.lifeboat.commands.DocumentDefinition;
import io.lifeboat.commands.FleetInstance;
import io.lifeboat.commands.InvocationRow;
import io.lifeboat.commands.OutputGroup;
import io.lifeboat.commands.OutputGroups;
import io.lifeboat.commands.SendOutcome;
import io.lifeboat.commands.TargetPreview;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What {@code run-command} prints: the preview, each instance's status as it changes, the result (or JSON). */
final class RunCommandPrinter {

    private final PrintWriter out;
    private final boolean json;
    private final Map<String, String> names;
    private final Map<String, String> lastSeen = new HashMap<>();

    RunCommandPrinter(PrintWriter out, boolean json, List<FleetInstance> fleet) {
        this.out = out;
        this.json = json;
        this.names = fleet.stream().collect(Collectors.toMap(FleetInstance::id,
                i -> i.name() == null ? "" : i.name(), (a, b) -> a));
    }

    void preview(DocumentDefinition document, TargetPreview preview) {
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("document", document.name());
            doc.put("targets", preview.targets().describe());
            doc.put("targetCount", preview.targetCount());
            doc.put("matched", preview.rows().stream().map(RunCommandPrinter::row).toList());
            doc.put("unknownIds", preview.unknownIds());
            Json.print(out, doc);
            return;
        }
        out.println(document.name() + " (" + String.join(", ", document.platformTypes()) + ") on "
                + preview.targets().describe() + ": " + preview.summary());
        TextTable table = new TextTable(List.of("INSTANCE", "NAME", "PLATFORM", "STATE", "SSM", "AGENT", "WOULD NOT REACH IT"));
        preview.rows().forEach(r -> table.add(List.of(r.instance().id(), orEmpty(r.instance().name()),
                r.instance().platform(), r.instance().state(), r.instance().managed() ? r.instance().pingStatus() : "-",
                orEmpty(r.instance().agentVersion()), r.why())));
        table.print(out);
        preview.unknownIds().forEach(id -> out.println("  " + id + ": not an instance of this region"));
        out.flush();
    }

    /** @param last nothing follows (no wait, or nothing was sent): JSON gets its document now */
    void sent(SendOutcome outcome, boolean last) {
        if (json && last) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("commandIds", outcome.commandIds());
            doc.put("sendStatus", outcome.status().name());
            doc.put("summary", outcome.summary());
            Json.print(out, doc);
        } else if (!json) {
            out.println(outcome.summary());
            out.flush();
        }
    }

    /** Prints the instances whose status changed since the last refresh (not in JSON mode). */
    void progress(CommandProgress progress) {
        if (json) {
            return;
        }
        for (InvocationRow row : progress.rows()) {
            String status = row.state().label() + (row.statusDetails().isEmpty() || row.statusDetails()
                    .replace(" ", "").equals(row.state().label()) ? "" : " (" + row.statusDetails() + ")");
            if (!status.equals(lastSeen.put(row.instanceId(), status))) {
                out.println(String.format("%-20s %-24s %s", row.instanceId(), names.getOrDefault(row.instanceId(), ""),
                        status));
            }
        }
        out.flush();
    }

    void result(DocumentDefinition document, SendOutcome outcome, CommandProgress end) {
        List<OutputGroup> groups = OutputGroups.of(end.rows());
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("document", document.name());
            doc.put("commandIds", end.commandIds());
            doc.put("status", end.finalStatus());
            doc.put("counts", end.counts().entrySet().stream().filter(e -> e.getValue() > 0)
                    .collect(Collectors.toMap(e -> e.getKey().label(), Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new)));
            doc.put("invocations", end.rows().stream().map(this::invocation).toList());
            doc.put("outputGroups", groups.stream().map(g -> Map.of("count", g.size(), "instances",
                    g.members().stream().map(InvocationRow::instanceId).toList(), "output", g.output(),
                    "truncated", g.truncated())).toList());
            if (outcome.status() != SendOutcome.Status.SENT) {
                doc.put("sendProblem", outcome.summary());
            }
            Json.print(out, doc);
            return;
        }
        out.println(end.summary());
        out.println(OutputGroups.summary(groups, end.rows()) + ":");
        for (OutputGroup group : groups) {
            out.println("-- " + group.headline() + ": " + group.members().stream().map(InvocationRow::instanceId)
                    .limit(5).collect(Collectors.joining(", ")) + (group.size() > 5 ? ", ..." : ""));
            group.output().lines().limit(20).forEach(line -> out.println("   " + line));
        }
        out.flush();
    }

    private Map<String, Object> invocation(InvocationRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("instanceId", r.instanceId());
        m.put("name", names.getOrDefault(r.instanceId(), ""));
        m.put("status", r.state().label());
        m.put("statusDetails", r.statusDetails());
        m.put("responseCode", r.responseCode());
        m.put("started", r.started());
        m.put("ended", r.ended());
        m.put("output", r.output());
        m.put("outputTruncated", r.outputTruncated());
        return m;
    }

    private static Map<String, Object> row(TargetPreview.Row r) {
        Map<String, Object> m = new LinkedHashMap<>();
        FleetInstance i = r.instance();
        m.put("instanceId", i.id());
        m.put("name", i.name());
        m.put("platform", i.platform());
        m.put("state", i.state());
        m.put("pingStatus", i.pingStatus());
        m.put("agentVersion", i.agentVersion());
        m.put("targeted", r.sent());
        m.put("reached", r.reached());
        m.put("reasons", r.reasons().stream().map(reason -> reason.text(i)).toList());
        return m;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
