package io.lifeboat.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeboat.aws.Connection;
import io.lifeboat.aws.guard.ReadOnlyModeException;
import io.lifeboat.aws.sandbox.DemoFleet;
import io.lifeboat.aws.sandbox.SandboxAccount;
import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.inventory.InventoryCache;
import io.lifeboat.inventory.InventoryLoader;
import io.lifeboat.tasks.TaskContext;
import io.lifeboat.testing.ManagedFleet;
import io.lifeboat.testing.SandboxConnections;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** RunCommandService on the demo sandbox, through a guarded connection that counts every call. */
class RunCommandServiceTest {

    static final String REGION = "eu-west-3";

    private final SandboxClock clock = SandboxClock.manual(Instant.parse("2025-03-10T09:00:00Z"));
    private final SandboxAccount account = SandboxAccount.withDemoFleet(clock);
    private final Connection connection = SandboxConnections.connect(account, REGION, false);
    private final ExecutorService io = Executors.newCachedThreadPool();
    private final RunCommandService service = new RunCommandService(connection.clients(), io, clock::advance);
    private final DemoFleet demo = DemoFleet.create();

    @AfterEach
    void close() {
        connection.close();
        io.shutdownNow();
    }

    private String id(String name) {
        return demo.instances().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow().id();
    }

    private CommandRequest shell(Targets targets, String... lines) {
        return new CommandRequest("AWS-RunShellScript", null, Map.of("commands", List.of(lines)), targets,
                CommandOptions.DEFAULT.withComment("service test"));
    }

    private static Targets role(String role) {
        return new Targets.ByTags(List.of(new TagTarget("Role", List.of(role))));
    }

    @Test
    void theFleetListsInstancesOnceUntilARefresh() {
        InventoryCache inventory = InventoryCache.of(connection.clients(), io);
        RunCommandService shared = new RunCommandService(connection.clients(), inventory, clock::advance);
        inventory.region(REGION, EnumSet.of(InventoryLoader.Part.INSTANCES), TaskContext.NONE);
        connection.calls().reset();

        assertThat(shared.fleet(REGION, TaskContext.NONE).instances()).isNotEmpty();
        assertThat(connection.calls().count("DescribeInstances")).as("the inventory another view listed").isZero();
        assertThat(connection.calls().count("DescribeInstanceInformation")).isEqualTo(1);

        shared.reloadFleet(REGION, TaskContext.NONE);
        assertThat(connection.calls().count("DescribeInstances")).as("Refresh lists again").isEqualTo(1);
    }

    @Test
    void theFleetTellsUnmanagedInstancesApartByTheirProfile() {
        List<FleetInstance> paris = service.fleet(REGION, TaskContext.NONE).instances();
        FleetInstance web6 = paris.stream().filter(i -> i.name().equals("prod-web-06")).findFirst().orElseThrow();
        assertThat(web6.unreachable()).containsExactly(Reachability.NO_INSTANCE_PROFILE);
        FleetInstance lost = paris.stream().filter(i -> i.name().equals("prod-worker-03")).findFirst().orElseThrow();
        assertThat(lost.unreachable()).containsExactly(Reachability.AGENT_OFFLINE);

        List<FleetInstance> ireland = service.fleet("eu-west-1", TaskContext.NONE).instances();
        FleetInstance noAgent = ireland.stream().filter(i -> i.name().equals("dev-api-01")).findFirst().orElseThrow();
        assertThat(noAgent.unreachable()).containsExactly(Reachability.NOT_REGISTERED);
        FleetInstance windows = ireland.stream().filter(i -> i.name().equals("dev-win-build-01")).findFirst().orElseThrow();
        assertThat(windows.platform()).isEqualTo("Windows");
        assertThat(windows.platformName()).contains("Windows Server");
    }

    @Test
    void browsesDocumentsByOwnerAndPlatformAndReadsTheirParameters() {
        DocumentCatalog catalog = service.documents();
        String account = connection.accountId();
        assertThat(catalog.list(REGION, new DocumentQuery(DocumentQuery.Ownership.MINE, null, ""), account,
                TaskContext.NONE)).extracting(DocumentSummary::name).containsExactly("Lifeboat-RotateLogs");
        assertThat(catalog.list(REGION, new DocumentQuery(DocumentQuery.Ownership.SHARED, null, ""), account,
                TaskContext.NONE)).extracting(DocumentSummary::name, DocumentSummary::owner)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SecOps-CollectAuthLogs", "444455556666"));
        assertThat(catalog.list(REGION, new DocumentQuery(DocumentQuery.Ownership.AMAZON, "Windows", "run"), account,
                TaskContext.NONE)).extracting(DocumentSummary::name).containsExactly("AWS-RunPowerShellScript");

        DocumentDefinition shell = catalog.describe(REGION, "AWS-RunShellScript", null);
        assertThat(shell.platformTypes()).containsExactly("Linux", "MacOS");
        assertThat(shell.defaultVersion()).isEqualTo("1");
        assertThat(shell.description()).isEqualTo("Run a shell script or specify the commands to run.");
        assertThat(shell.parameter("executionTimeout").orElseThrow().allowedPattern()).isNotNull();
    }

    @Test
    void tagTargetsGoInOneSendAndEachRefreshIsOneListingPerFiftyInstances() {
        List<String> managedWeb = demo.instances().stream().filter(i -> i.region().equals(REGION)
                && "web".equals(i.role()) && i.ssm().managed()).map(DemoFleet.Instance::id).toList();
        connection.calls().reset();

        SendOutcome outcome = service.send(REGION, shell(role("web"), "yum -y update --security"), TaskContext.NONE);

        assertThat(outcome.status()).isEqualTo(SendOutcome.Status.SENT);
        assertThat(connection.calls().count("SendCommand")).isEqualTo(1);
        assertThat(outcome.sent()).singleElement().satisfies(s -> assertThat(s.targetCount()).isEqualTo(8));
        List<WatchedCommand> watched = WatchedCommand.of(outcome, managedWeb, clock.instant());

        connection.calls().reset();
        CommandProgress justSent = service.progress(REGION, watched, TaskContext.NONE);
        assertThat(connection.calls().total()).as("right after sending: one listing, nothing listed yet").isEqualTo(1);
        assertThat(justSent.rows()).hasSize(8).allSatisfy(r -> {
            assertThat(r.listed()).isFalse();
            assertThat(r.state()).isEqualTo(InvocationState.PENDING);
        });
        assertThat(justSent.done()).isFalse();

        clock.advance(java.time.Duration.ofSeconds(60));
        connection.calls().reset();
        CommandProgress done = service.progress(REGION, justSent.watched(), TaskContext.NONE);
        assertThat(done.done()).isTrue();
        assertThat(connection.calls().count("ListCommandInvocations")).isEqualTo(1);
        assertThat(connection.calls().count("ListCommands")).as("once, for the command's own status").isEqualTo(1);
        assertThat(done.finalStatus()).as("MaxErrors 0, SSM's default: one failure fails the command").isEqualTo("Failed");
        assertThat(done.count(InvocationState.SUCCESS)).isEqualTo(7);
        assertThat(done.failedInstanceIds()).containsExactly(id("prod-web-03"));
        List<OutputGroup> groups = OutputGroups.of(done.rows());
        assertThat(groups).extracting(OutputGroup::size).containsExactly(7, 1);
        assertThat(groups.get(1).output()).contains("yum lock");
    }

    @Test
    void followingRefreshesUntilTheCommandIsOverAndRerunsTheFailedOnesById() {
        SendOutcome outcome = service.send(REGION, shell(role("web"), "yum -y update"), TaskContext.NONE);
        List<CommandProgress> seen = new ArrayList<>();

        CommandProgress end = service.control().follow(REGION, WatchedCommand.of(outcome, List.of(), clock.instant()),
                seen::add, TaskContext.NONE);

        assertThat(end.done()).isTrue();
        assertThat(seen.size()).isGreaterThan(2);
        assertThat(seen.get(0).finished()).isZero();
        SendOutcome rerun = service.send(REGION, shell(new Targets.ByInstances(end.failedInstanceIds()), "yum -y update"),
                TaskContext.NONE);
        assertThat(rerun.sent()).singleElement().satisfies(s -> assertThat(s.instanceIds())
                .containsExactly(id("prod-web-03")));
    }

    @Test
    void pickedInstancesGoInBatchesOfFiftyIds() {
        List<String> ids = ManagedFleet.launch(account, REGION, 120, Map.of("Role", "batch"));
        connection.calls().reset();

        SendOutcome outcome = service.send(REGION, shell(new Targets.ByInstances(ids), "uptime"), TaskContext.NONE);

        assertThat(connection.calls().count("SendCommand")).isEqualTo(3);
        assertThat(outcome.sent()).extracting(s -> s.instanceIds().size()).containsExactly(50, 50, 20);
        clock.advance(java.time.Duration.ofSeconds(60));
        connection.calls().reset();
        CommandProgress progress = service.progress(REGION, WatchedCommand.of(outcome, List.of(), clock.instant()),
                TaskContext.NONE);
        assertThat(progress.rows()).hasSize(120);
        assertThat(connection.calls().count("ListCommandInvocations")).isEqualTo(3);
    }

    @Test
    void cancelsChosenInstancesOrTheWholeCommand() {
        SendOutcome outcome = service.send(REGION, shell(role("web"), "sleep 60"), TaskContext.NONE);
        String command = outcome.commandIds().get(0);
        clock.advance(java.time.Duration.ofSeconds(5));
        service.control().cancel(REGION, command, List.of(id("prod-web-01")));
        clock.advance(java.time.Duration.ofSeconds(1));
        CommandProgress one = service.progress(REGION, WatchedCommand.of(outcome, List.of(), clock.instant()),
                TaskContext.NONE);
        assertThat(one.count(InvocationState.CANCELLED)).isEqualTo(1);

        service.control().cancel(REGION, command, List.of());
        clock.advance(java.time.Duration.ofSeconds(1));
        CommandProgress all = service.progress(REGION, one.watched(), TaskContext.NONE);
        assertThat(all.count(InvocationState.CANCELLED)).isEqualTo(8);
        assertThat(all.done()).isTrue();
        assertThat(all.finalStatus()).isEqualTo("Cancelled");
    }

    @Test
    void anInstancesOutputIsNotThereRightAfterSendingThenIsWithItsLimits() {
        SendOutcome outcome = service.send(REGION, shell(new Targets.ByInstances(List.of(id("prod-web-01"))),
                "echo " + "x".repeat(30_000)), TaskContext.NONE);
        String command = outcome.commandIds().get(0);

        InvocationOutput early = service.control().output(REGION, command, id("prod-web-01"), List.of());
        assertThat(early.available()).isFalse();
        assertThat(early.text()).contains("no invocation to show yet");

        clock.advance(java.time.Duration.ofSeconds(60));
        InvocationOutput late = service.control().output(REGION, command, id("prod-web-01"), List.of("aws:runShellScript"));
        assertThat(late.available()).isTrue();
        assertThat(late.steps().get(0).stdout()).hasSize(InvocationOutput.STDOUT_LIMIT);
        assertThat(late.text()).contains("the API returns the first 24000 characters");
    }

    @Test
    void withAnS3BucketTheOutputSaysWhereAllOfItIsAndHowToReadIt() {
        CommandRequest request = shell(new Targets.ByInstances(List.of(id("prod-web-01"))), "df -h");
        SendOutcome outcome = service.send(REGION, new CommandRequest(request.documentName(), null, request.parameters(),
                request.targets(), new CommandOptions("to S3", null, RateControl.DEFAULT, "ops-output", "rc", "/rc/logs",
                        null, null)), TaskContext.NONE);
        clock.advance(java.time.Duration.ofSeconds(60));

        InvocationOutput output = service.control().output(REGION, outcome.commandIds().get(0), id("prod-web-01"),
                List.of("aws:runShellScript"));

        assertThat(output.text()).contains("aws s3 cp s3://ops-output/rc/" + outcome.commandIds().get(0) + "/"
                + id("prod-web-01") + "/awsrunShellScript/stdout -")
                .contains("full output in CloudWatch Logs: log group /rc/logs");
    }

    @Test
    void historyIsFilteredOnSsmsSideAndStripsTheSendToken() {
        service.send(REGION, shell(role("api"), "uptime"), TaskContext.NONE);
        List<CommandSummary> mine = service.history(REGION, new HistoryFilter(null, "AWS-RunShellScript",
                clock.instant().minusSeconds(60), null), 50, TaskContext.NONE);
        assertThat(mine).singleElement().satisfies(c -> {
            assertThat(c.comment()).isEqualTo("service test");
            assertThat(c.targets()).isEqualTo("Role=api");
            assertThat(c.options().rateControl()).isEqualTo(RateControl.DEFAULT);
        });
        List<CommandSummary> failed = service.history(REGION, new HistoryFilter("Failed", null, null, null), 50,
                TaskContext.NONE);
        assertThat(failed).isNotEmpty().allSatisfy(c -> assertThat(c.status()).isEqualTo("Failed"));
        assertThat(service.history(REGION, HistoryFilter.NONE, 50, TaskContext.NONE)).hasSizeGreaterThan(mine.size());
    }

    @Test
    void readOnlyRefusesToSendBelowTheUi() {
        try (Connection readOnly = SandboxConnections.connect(account, REGION, true)) {
            RunCommandService refused = new RunCommandService(readOnly.clients(), io, clock::advance);
            assertThatThrownBy(() -> refused.send(REGION, shell(role("web"), "uptime"), TaskContext.NONE))
                    .isInstanceOf(ReadOnlyModeException.class);
        }
        assertThat(service.history(REGION, new HistoryFilter(null, null, clock.instant().minusSeconds(60), null), 50,
                TaskContext.NONE)).isEmpty();
    }
}
