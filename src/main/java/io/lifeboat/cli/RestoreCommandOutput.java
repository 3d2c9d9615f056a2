package io.lifeboat.cli;

import io.lifeboat.app.RestoreJobEntry;
import io.lifeboat.restore.Cutover;
import io.lifeboat.restore.JobStep;
import io.lifeboat.restore.PlannedCall;
import io.lifeboat.restore.RestoreJob;
import io.lifeboat.restore.RestorePlan;
import io.lifeboat.restore.RestoreReview;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Restore plans and jobs as terminal text or JSON. */
final class RestoreCommandOutput {

    private RestoreCommandOutput() {
    }

    static void review(PrintWriter out, RestorePlan plan, RestoreReview review, boolean json) {
        if (json) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("jobId", plan.jobId());
            value.put("plan", plan);
            value.put("requests", review.calls().stream().map(RestoreCommandOutput::call).toList());
            value.put("afterwards", review.afterwards());
            value.put("source", review.source());
            Json.print(out, value);
            return;
        }
        out.println("Restore " + plan.sourceId() + " to " + plan.targetId() + " in " + plan.region() + " as of "
                + plan.time().text() + " (" + plan.type().id() + "); job " + plan.jobId());
        out.println();
        out.println("Requests, in order:");
        int n = 1;
        for (PlannedCall call : review.calls()) {
            out.println(String.format("%2d. %s %s  (%s)", n++, call.mutating() ? "CHANGE" : "read  ", call.operation(), call.why()));
            for (PlannedCall.Parameter p : call.parameters()) {
                out.println("      " + p.name() + " = " + p.value());
            }
        }
        out.println();
        out.println("Afterwards:");
        review.afterwards().forEach(line -> out.println("  - " + line));
        out.println("  - " + review.source());
        out.flush();
    }

    static void job(PrintWriter out, RestoreJob job, boolean json) {
        if (json) {
            Json.print(out, view(job));
            return;
        }
        Instant now = Instant.now();
        out.println("Job " + job.id() + ": " + job.status().name().toLowerCase() + " after " + duration(job.elapsed(now))
                + " - " + job.plan().sourceId() + " as of " + job.plan().time().text() + " -> " + job.plan().targetId()
                + " (" + job.plan().region() + ")");
        TextTable table = new TextTable(List.of("STEP", "STATE", "TIME", "DETAIL"));
        for (JobStep step : job.steps()) {
            table.add(List.of(step.label(), step.state().name().toLowerCase(),
                    step.elapsed(now) == null ? "-" : duration(step.elapsed(now)),
                    step.problem() != null ? step.problem().text() : step.detail() == null ? "" : step.detail()));
        }
        table.print(out);
        Cutover cutover = job.cutover();
        if (cutover != null && cutover.previous() != null) {
            out.println("DNS: " + cutover.target().recordName() + " " + cutover.state().name().toLowerCase() + " (was "
                    + cutover.previous().value() + ", TTL " + cutover.previous().ttl() + " s); revert: lifeboat restore revert "
                    + job.id());
        }
        out.flush();
    }

    static void jobs(PrintWriter out, List<RestoreJobEntry> jobs, boolean json) {
        if (json) {
            Json.print(out, jobs.stream().map(e -> {
                Map<String, Object> value = view(e.job());
                value.put("status", e.status());
                return value;
            }).toList());
            return;
        }
        if (jobs.isEmpty()) {
            out.println("No restore job in this data directory.");
            out.flush();
            return;
        }
        TextTable table = new TextTable(List.of("JOB", "CREATED", "REGION", "SOURCE", "NEW", "STATUS", "STEP", "DNS"));
        for (RestoreJobEntry entry : jobs) {
            RestoreJob job = entry.job();
            table.add(List.of(job.id(), job.createdAt().toString(), job.plan().region(), job.plan().sourceId(),
                    job.plan().targetId(), entry.status(), job.current().map(JobStep::label).orElse("-"),
                    job.cutover() == null ? "-" : job.cutover().state().name().toLowerCase() + " "
                            + job.cutover().target().recordName()));
        }
        table.print(out);
    }

    /** The job for scripts: its id, status and steps first, then the cutover and the plan it ran. */
    static Map<String, Object> view(RestoreJob job) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("jobId", job.id());
        value.put("status", job.status().name().toLowerCase());
        value.put("source", job.plan().sourceId());
        value.put("target", job.plan().targetId());
        value.put("region", job.plan().region());
        value.put("restoreTime", job.plan().time().text());
        value.put("createdAt", job.createdAt());
        value.put("steps", job.steps().stream().map(s -> {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("step", s.kind().name().toLowerCase());
            step.put("resource", s.resource());
            step.put("state", s.state().name().toLowerCase());
            step.put("startedAt", s.startedAt());
            step.put("endedAt", s.endedAt());
            step.put("detail", s.detail());
            step.put("problem", s.problem());
            return step;
        }).toList());
        if (job.cutover() != null) {
            Map<String, Object> cutover = new LinkedHashMap<>();
            cutover.put("zone", job.cutover().target().zoneName());
            cutover.put("record", job.cutover().target().recordName());
            cutover.put("state", job.cutover().state().name().toLowerCase());
            cutover.put("previousValue", job.cutover().previous() == null ? null : job.cutover().previous().value());
            cutover.put("previousTtl", job.cutover().previous() == null ? null : job.cutover().previous().ttl());
            cutover.put("newValue", job.cutover().newValue());
            cutover.put("switchedAt", job.cutover().switchedAt());
            cutover.put("revertedAt", job.cutover().revertedAt());
            value.put("cutover", cutover);
        }
        value.put("plan", job.plan());
        return value;
    }

    private static Map<String, Object> call(PlannedCall call) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("operation", call.operation());
        value.put("mutating", call.mutating());
        value.put("why", call.why());
        Map<String, String> parameters = new LinkedHashMap<>();
        call.parameters().forEach(p -> parameters.put(p.name(), p.value()));
        value.put("parameters", parameters);
        return value;
    }

    private static String duration(Duration d) {
        return d.toHours() > 0 ? d.toHours() + "h" + String.format("%02dm", d.toMinutesPart())
                : d.toMinutes() + "m" + String.format("%02ds", d.toSecondsPart());
    }
}
