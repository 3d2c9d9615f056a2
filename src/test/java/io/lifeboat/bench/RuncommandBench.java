package io.lifeboat.bench;

import io.lifeboat.aws.Connection;
import io.lifeboat.aws.ConnectionSpec;
import io.lifeboat.aws.Connector;
import io.lifeboat.aws.guard.ApiCallCounter;
import io.lifeboat.aws.sandbox.SandboxAccount;
import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.aws.sandbox.SandboxServiceClients;
import io.lifeboat.commands.CommandOptions;
import io.lifeboat.commands.CommandProgress;
import io.lifeboat.commands.CommandRequest;
import io.lifeboat.commands.InvocationState;
import io.lifeboat.commands.OutputGroups;
import io.lifeboat.commands.RateControl;
import io.lifeboat.commands.RunCommandService;
import io.lifeboat.commands.SendOutcome;
import io.lifeboat.commands.TagTarget;
import io.lifeboat.commands.Targets;
import io.lifeboat.commands.WatchedCommand;
import io.lifeboat.tasks.TaskContext;
import io.lifeboat.testing.ManagedFleet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Run Command at scale: 1,000 managed instances on the sandbox; API calls to send and to follow a command to completion. */
public final class RuncommandBench {

    static final String REGION = "eu-west-3";
    static final int INSTANCES = 1_000;

    public static void main(String[] args) {
        SandboxClock clock = SandboxClock.manual(Instant.parse("2026-11-24T10:00:00Z"));
        SandboxAccount account = SandboxAccount.empty(clock);
        ExecutorService io = Executors.newCachedThreadPool();
        try (Connection connection = Connector.builder().sandbox(s -> new SandboxServiceClients(account)).build()
                .connect(ConnectionSpec.sandbox(REGION, false))) {
            long built = System.nanoTime();
            List<String> ids = ManagedFleet.launch(account, REGION, INSTANCES, Map.of("Role", "fleet"));
            Metrics.print("fixture_build_ms", Metrics.millisSince(built), "ms");
            Metrics.print("instances", INSTANCES, "");
            Metrics.print("listing_minimum_per_refresh", ceil(INSTANCES, 50), "calls");
            Metrics.print("per_instance_polling_would_be_per_refresh", INSTANCES, "calls");
            ApiCallCounter calls = connection.calls();
            RunCommandService service = new RunCommandService(connection.clients(), io, clock::advance);
            CommandOptions options = CommandOptions.DEFAULT.withRateControl(new RateControl("10%", "5%"))
                    .withComment("bench");

            calls.reset();
            CommandRequest byTag = new CommandRequest("AWS-RunShellScript", null,
                    Map.of("commands", List.of("df -h", "sleep 20")),
                    new Targets.ByTags(List.of(new TagTarget("Role", List.of("fleet")))), options);
            SendOutcome sent = service.send(REGION, byTag, TaskContext.NONE);
            Metrics.print("tag_send_api_calls", calls.total(), "calls");
            Metrics.print("tag_send_SendCommand_calls", calls.count("SendCommand"), "calls");
            follow("tag", service, calls, WatchedCommand.of(sent, ids, clock.instant()));

            calls.reset();
            SendOutcome picked = service.send(REGION, byTag.withTargets(new Targets.ByInstances(ids)), TaskContext.NONE);
            Metrics.print("ids_send_SendCommand_calls", calls.count("SendCommand"), "calls");
            Metrics.print("ids_send_commands", picked.sent().size(), "commands");
            follow("ids", service, calls, WatchedCommand.of(picked, ids, clock.instant()));
        } finally {
            io.shutdownNow();
        }
    }

    /** Follows a send to completion, counting the calls of every refresh. */
    private static void follow(String label, RunCommandService service, ApiCallCounter calls, List<WatchedCommand> watched) {
        calls.reset();
        List<Long> perRefresh = new ArrayList<>();
        long[] before = {0};
        long started = System.nanoTime();
        CommandProgress end = service.control().follow(REGION, watched, progress -> {
            long listings = calls.count("ListCommandInvocations");
            if (progress.finalStatus() == null || listings > before[0]) {
                perRefresh.add(listings - before[0]);
            }
            before[0] = listings;
        }, TaskContext.NONE);
        IntSummaryStatistics stats = perRefresh.stream().mapToInt(Long::intValue).summaryStatistics();
        Metrics.print(label + "_follow_ms", Metrics.millisSince(started), "ms");
        Metrics.print(label + "_follow_refreshes", perRefresh.size(), "refreshes");
        Metrics.print(label + "_follow_api_calls", calls.total(), "calls");
        calls.snapshot().forEach((operation, count) ->
                Metrics.print(label + "_follow_api_calls_" + operation.replace(':', '_'), count, "calls"));
        Metrics.print(label + "_calls_per_refresh_max", stats.getMax(), "calls");
        Metrics.print(label + "_calls_per_refresh_min", stats.getMin(), "calls");
        Metrics.print(label + "_status_at_the_end_calls", calls.count("ListCommands"), "calls");
        Metrics.print(label + "_final_status", end.finalStatus(), "");
        Metrics.print(label + "_invocations_success", end.count(InvocationState.SUCCESS), "");
        long groupCalls = calls.total();
        int groups = OutputGroups.of(end.rows()).size();
        Metrics.print(label + "_output_groups", groups, "groups");
        Metrics.print(label + "_output_grouping_extra_calls", calls.total() - groupCalls, "calls");
        if (end.rows().size() != INSTANCES || stats.getMax() > ceil(INSTANCES, 50) || calls.count("ListCommands") > 1) {
            throw new IllegalStateException("Unexpected follow of " + label + ": " + end.summary() + ", " + perRefresh);
        }
    }

    private static long ceil(long n, long page) {
        return (n + page - 1) / page;
    }
}
