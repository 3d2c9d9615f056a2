package io.lifeboat.aws.sandbox.ssm;

import static io.lifeboat.aws.sandbox.ssm.SsmFixture.commands;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ssm.model.Command;
import software.amazon.awssdk.services.ssm.model.CommandInvocation;
import software.amazon.awssdk.services.ssm.model.CommandInvocationStatus;
import software.amazon.awssdk.services.ssm.model.CommandPlugin;
import software.amazon.awssdk.services.ssm.model.CommandStatus;
import software.amazon.awssdk.services.ssm.model.GetCommandInvocationResponse;
import software.amazon.awssdk.services.ssm.model.InvalidInstanceIdException;
import software.amazon.awssdk.services.ssm.model.InvocationDoesNotExistException;
import software.amazon.awssdk.services.ssm.model.Target;

class SandboxSsmRunCommandTest {

    private final SsmFixture f = new SsmFixture();

    private Command send(String concurrency, String errors, Map<String, List<String>> parameters, Target... targets) {
        return f.ssm.sendCommand(r -> r.documentName("AWS-RunShellScript").parameters(parameters).targets(targets)
                .maxConcurrency(concurrency).maxErrors(errors).timeoutSeconds(60)).command();
    }

    private static Target tag(String key, String value) {
        return Target.builder().key("tag:" + key).values(value).build();
    }

    private Command command(String id) {
        return f.ssm.listCommands(r -> r.commandId(id)).commands().get(0);
    }

    @Test
    void sendByTagTargetsOnlyManagedInstancesAndRunsToSuccess() {
        Command sent = send("50", "0", commands("uptime"), tag("Role", "web"));

        assertThat(sent.status()).isEqualTo(CommandStatus.PENDING);
        assertThat(sent.targetCount()).isEqualTo(f.managedWebIds().size()).isEqualTo(8);
        f.advance(2);
        assertThat(f.invocations(sent.commandId())).extracting(CommandInvocation::instanceId)
                .containsExactlyInAnyOrderElementsOf(f.managedWebIds())
                .doesNotContain(f.id("prod-web-06"));
        f.advance(1);
        assertThat(f.invocations(sent.commandId())).extracting(CommandInvocation::status)
                .containsOnly(CommandInvocationStatus.IN_PROGRESS);
        assertThat(command(sent.commandId()).status()).isEqualTo(CommandStatus.IN_PROGRESS);
        f.advance(30);

        Command done = command(sent.commandId());
        assertThat(done.status()).isEqualTo(CommandStatus.SUCCESS);
        assertThat(done.statusDetails()).isEqualTo("Success");
        assertThat(done.completedCount()).isEqualTo(8);
        assertThat(done.errorCount()).isZero();
        GetCommandInvocationResponse one = f.ssm.getCommandInvocation(r -> r.commandId(sent.commandId())
                .instanceId(f.id("prod-web-01")));
        assertThat(one.status()).isEqualTo(CommandInvocationStatus.SUCCESS);
        assertThat(one.responseCode()).isZero();
        assertThat(one.standardOutputContent()).contains("load average");
        assertThat(one.executionStartDateTime()).isNotEmpty();
        assertThat(one.executionEndDateTime()).isNotEmpty();
        assertThat(one.pluginName()).isEqualTo("aws:runShellScript");
    }

    @Test
    void invocationsDoNotExistForTheFirstTwoSecondsAfterSending() {
        Command sent = send("50", "0", commands("hostname"), tag("Role", "web"));
        String web1 = f.id("prod-web-01");

        assertThatThrownBy(() -> f.ssm.getCommandInvocation(r -> r.commandId(sent.commandId()).instanceId(web1)))
                .isInstanceOf(InvocationDoesNotExistException.class);
        assertThat(f.invocations(sent.commandId())).isEmpty();
        f.advance(1);
        assertThatThrownBy(() -> f.ssm.getCommandInvocation(r -> r.commandId(sent.commandId()).instanceId(web1)))
                .isInstanceOf(InvocationDoesNotExistException.class);
        f.advance(1);
        assertThat(f.ssm.getCommandInvocation(r -> r.commandId(sent.commandId()).instanceId(web1)).status())
                .isEqualTo(CommandInvocationStatus.PENDING);
        assertThatThrownBy(() -> f.ssm.getCommandInvocation(r -> r.commandId(sent.commandId())
                .instanceId(f.id("prod-web-06")))).isInstanceOf(InvocationDoesNotExistException.class);
    }

    @Test
    void rateControlRefillsASlotAsSoonAsAnInvocationFreesIt() {
        Command sent = send("3", "0", commands("uptime"), tag("Role", "web"));
        int maxRunning = 0;
        for (int second = 0; second < 120; second++) {
            long running = f.invocations(sent.commandId()).stream()
                    .filter(i -> i.status() == CommandInvocationStatus.IN_PROGRESS).count();
            maxRunning = Math.max(maxRunning, (int) running);
            f.advance(1);
        }
        assertThat(maxRunning).isEqualTo(3);
        List<CommandPlugin> plugins = f.invocations(sent.commandId()).stream().map(i -> i.commandPlugins().get(0))
                .sorted(java.util.Comparator.comparing(CommandPlugin::responseStartDateTime)).toList();
        assertThat(plugins).hasSize(8);
        List<java.time.Instant> ends = plugins.stream().map(CommandPlugin::responseFinishDateTime).toList();
        // After the first three, each starts a second (the delivery) after some invocation ended: no waiting for a wave.
        plugins.stream().skip(3).forEach(p -> assertThat(ends).contains(p.responseStartDateTime().minusSeconds(1)));
        // Instances take 2 to 5 seconds here: waves of three would wait for the slowest of each wave.
        java.time.Instant first = plugins.get(0).responseStartDateTime();
        java.time.Instant last = ends.stream().max(java.util.Comparator.naturalOrder()).orElseThrow();
        assertThat(java.time.Duration.between(first, last).toSeconds()).isLessThan(3 * 6);
        assertThat(command(sent.commandId()).status()).isEqualTo(CommandStatus.SUCCESS);
    }

    @Test
    void percentageConcurrencyRoundsUp() {
        Command sent = send("25%", "0", commands("uptime"), tag("Role", "web"));
        f.advance(3);
        assertThat(f.invocations(sent.commandId())).filteredOn(i -> i.status() == CommandInvocationStatus.IN_PROGRESS)
                .hasSize(2);
    }

    @Test
    void exceedingMaxErrorsStopsSendingAndTerminatesTheRestWhileRunningOnesFinish() {
        Command sent = send("2", "1", commands("echo checking", "exit 1"), tag("Role", "web"));
        f.advance(300);

        List<CommandInvocation> all = f.invocations(sent.commandId());
        List<CommandInvocation> failed = all.stream().filter(i -> i.status() == CommandInvocationStatus.FAILED).toList();
        assertThat(failed).hasSizeGreaterThanOrEqualTo(2).allSatisfy(i -> {
            assertThat(i.commandPlugins().get(0).responseCode()).isEqualTo(1);
            assertThat(i.commandPlugins().get(0).output()).contains("checking")
                    .contains("----------ERROR-------").contains("exit status 1");
        });
        // The second error stops it: nothing starts after that moment, the rest are Terminated.
        java.time.Instant secondError = failed.stream().map(i -> i.commandPlugins().get(0).responseFinishDateTime())
                .sorted().skip(1).findFirst().orElseThrow();
        assertThat(failed).allSatisfy(i -> assertThat(i.commandPlugins().get(0).responseStartDateTime())
                .isBefore(secondError));
        assertThat(all).filteredOn(i -> i.status() == CommandInvocationStatus.CANCELLED).hasSize(8 - failed.size())
                .allSatisfy(i -> assertThat(i.statusDetails()).isEqualTo("Terminated"));
        Command done = command(sent.commandId());
        assertThat(done.status()).isEqualTo(CommandStatus.FAILED);
        assertThat(done.errorCount()).isEqualTo(failed.size());
        assertThat(done.completedCount()).isEqualTo(8);
    }

    @Test
    void theTroubledNodeFailsPackageWorkWhileTheOthersAgree() {
        Command sent = send("50", "1", commands("yum -y update --security"), tag("Role", "web"));
        f.advance(60);

        Map<String, List<String>> byOutput = f.invocations(sent.commandId()).stream().collect(Collectors.groupingBy(
                i -> i.commandPlugins().get(0).output(), Collectors.mapping(CommandInvocation::instanceId,
                        Collectors.toList())));
        assertThat(byOutput).hasSize(2);
        assertThat(byOutput.values()).extracting(List::size).containsExactlyInAnyOrder(7, 1);
        GetCommandInvocation troubled = new GetCommandInvocation(f, sent.commandId(), f.id(SsmSeed.TROUBLED_NODE));
        assertThat(troubled.response.status()).isEqualTo(CommandInvocationStatus.FAILED);
        assertThat(troubled.response.standardErrorContent()).contains("yum lock");
        Command done = command(sent.commandId());
        assertThat(done.status()).isEqualTo(CommandStatus.SUCCESS);
        assertThat(done.statusDetails()).isEqualTo("Incomplete");
    }

    @Test
    void dfOutputIsMostlyIdenticalWithAFewThatDiffer() {
        Command sent = send("50", "0", commands("df -h"), tag("Env", "prod"));
        f.advance(60);
        Map<String, Long> groups = f.invocations(sent.commandId()).stream()
                .filter(i -> i.status() == CommandInvocationStatus.SUCCESS)
                .collect(Collectors.groupingBy(i -> i.commandPlugins().get(0).output(), Collectors.counting()));
        assertThat(groups).hasSizeGreaterThan(1);
        long biggest = groups.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        long total = groups.values().stream().mapToLong(Long::longValue).sum();
        assertThat(biggest * 2).isGreaterThan(total);
    }

    @Test
    void connectionLostInstancesAreDelayedThenTimeOutOnDelivery() {
        Command sent = send("50", "0", commands("uptime"), tag("Role", "worker"));
        String lost = f.id("prod-worker-03");
        f.advance(10);
        assertThat(new GetCommandInvocation(f, sent.commandId(), lost).response.status())
                .isEqualTo(CommandInvocationStatus.DELAYED);
        f.advance(60);
        GetCommandInvocationResponse timedOut = new GetCommandInvocation(f, sent.commandId(), lost).response;
        assertThat(timedOut.status()).isEqualTo(CommandInvocationStatus.TIMED_OUT);
        assertThat(timedOut.statusDetails()).isEqualTo("Delivery Timed Out");
        Command done = command(sent.commandId());
        assertThat(done.deliveryTimedOutCount()).isEqualTo(1);
        assertThat(done.errorCount()).isZero();
        assertThat(done.status()).isEqualTo(CommandStatus.TIMED_OUT);
    }

    @Test
    void cancellingStopsPendingAndRunningInvocationsButLeavesFinishedOnes() {
        Command sent = send("2", "0", commands("sleep 20"), tag("Role", "web"));
        f.advance(30);
        List<CommandInvocation> before = f.invocations(sent.commandId());
        List<String> finished = before.stream().filter(i -> i.status() == CommandInvocationStatus.SUCCESS)
                .map(CommandInvocation::instanceId).toList();
        assertThat(finished).hasSize(2);

        f.ssm.cancelCommand(r -> r.commandId(sent.commandId()));
        f.advance(1);

        Map<CommandInvocationStatus, Long> after = f.invocations(sent.commandId()).stream()
                .collect(Collectors.groupingBy(CommandInvocation::status, Collectors.counting()));
        assertThat(after).containsEntry(CommandInvocationStatus.SUCCESS, 2L)
                .containsEntry(CommandInvocationStatus.CANCELLED, 6L);
        assertThat(command(sent.commandId()).status()).isEqualTo(CommandStatus.CANCELLED);
        f.advance(600);
        assertThat(f.invocations(sent.commandId())).filteredOn(i -> finished.contains(i.instanceId()))
                .extracting(CommandInvocation::status).containsOnly(CommandInvocationStatus.SUCCESS);
    }

    @Test
    void cancellingChosenInstancesCancelsOnlyThose() {
        Command sent = send("50", "0", commands("sleep 20"), tag("Role", "web"));
        f.advance(5);
        String web2 = f.id("prod-web-02");
        f.ssm.cancelCommand(r -> r.commandId(sent.commandId()).instanceIds(web2));
        f.advance(60);
        Map<String, CommandInvocationStatus> status = f.invocations(sent.commandId()).stream()
                .collect(Collectors.toMap(CommandInvocation::instanceId, CommandInvocation::status));
        assertThat(status).containsEntry(web2, CommandInvocationStatus.CANCELLED);
        assertThat(status.values()).filteredOn(s -> s == CommandInvocationStatus.SUCCESS).hasSize(7);
    }

    @Test
    void explicitInstanceIdsMustBeManaged() {
        String unmanaged = f.id("prod-web-06");
        assertThatThrownBy(() -> f.ssm.sendCommand(r -> r.documentName("AWS-RunShellScript")
                .parameters(commands("uptime")).instanceIds(f.id("prod-web-01"), unmanaged)))
                .isInstanceOf(InvalidInstanceIdException.class).hasMessageContaining(unmanaged);

        Command ok = f.ssm.sendCommand(r -> r.documentName("AWS-RunShellScript").parameters(commands("whoami"))
                .instanceIds(f.id("prod-web-01"), f.id("prod-api-01"))).command();
        assertThat(ok.targetCount()).isEqualTo(2);
        assertThat(ok.instanceIds()).hasSize(2);
    }

    @Test
    void targetsByInstanceIdsKeyAndSeveralTagsAreAnded() {
        Command byKey = send("50", "0", commands("whoami"), Target.builder().key("InstanceIds")
                .values(f.id("prod-web-01"), f.id("prod-api-01")).build());
        assertThat(byKey.targetCount()).isEqualTo(2);
        Command both = send("50", "0", commands("whoami"), tag("Role", "web"), tag("Env", "staging"));
        assertThat(both.targetCount()).isEqualTo(3);
        assertThatThrownBy(() -> send("50", "0", commands("whoami"), Target.builder().key("InstanceIds")
                .values(f.id("prod-web-06")).build())).isInstanceOf(InvalidInstanceIdException.class);
        assertThatThrownBy(() -> send("50", "0", commands("whoami"), Target.builder().key("resource-groups:Name")
                .values("web").build()))
                .isInstanceOf(software.amazon.awssdk.services.ssm.model.InvalidTargetException.class);
    }

    @Test
    void concurrentSendersAndReadersSeeConsistentState() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<String>> sent = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                sent.add(pool.submit(() -> send("3", "0", commands("uptime"), tag("Role", "web")).commandId()));
                pool.submit(() -> f.ssm.listCommands(r -> r.maxResults(50)).commands().size());
                pool.submit(() -> f.ssm.describeInstanceInformation(r -> r.maxResults(50)));
            }
            for (java.util.concurrent.Future<String> future : sent) {
                future.get(10, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(f.ssm.listCommandsPaginator(r -> r.maxResults(50)).commands().stream().count()).isEqualTo(12 + 40);
        f.advance(120);
        assertThat(f.ssm.listCommandsPaginator(r -> r.maxResults(50)).commands().stream()
                .filter(c -> c.comment().isEmpty()).map(Command::status).distinct().toList())
                .containsExactly(CommandStatus.SUCCESS);
    }

    @Test
    void moreThanFiftyInstanceIdsAreRefused() {
        List<String> many = java.util.stream.IntStream.range(0, 51).mapToObj(i -> String.format("i-%017x", i)).toList();
        assertThatThrownBy(() -> f.ssm.sendCommand(r -> r.documentName("AWS-RunShellScript")
                .parameters(commands("uptime")).instanceIds(many)))
                .isInstanceOf(software.amazon.awssdk.services.ssm.model.ValidationException.class);
    }

    @Test
    void outputsAreTruncatedLikeTheRealApi() {
        String longLine = "x".repeat(30_000);
        Command sent = f.ssm.sendCommand(r -> r.documentName("AWS-RunShellScript")
                .parameters(commands("echo " + longLine)).instanceIds(f.id("prod-web-01"))).command();
        f.advance(30);
        assertThat(f.invocations(sent.commandId()).get(0).commandPlugins().get(0).output()).hasSize(2_500)
                .startsWith("xxx").endsWith("\n---Output truncated---");
        assertThat(new GetCommandInvocation(f, sent.commandId(), f.id("prod-web-01")).response.standardOutputContent())
                .hasSize(24_000);
    }

    @Test
    void echoesOptionsAndS3OutputLocation() {
        Command sent = f.ssm.sendCommand(r -> r.documentName("AWS-RunShellScript").parameters(commands("uptime"))
                .targets(tag("Role", "api")).comment("nightly check").outputS3BucketName("ops-output")
                .outputS3KeyPrefix("run-command").serviceRoleArn("arn:aws:iam::111122223333:role/sns")
                .cloudWatchOutputConfig(c -> c.cloudWatchOutputEnabled(true).cloudWatchLogGroupName("/lifeboat/rc")))
                .command();
        assertThat(sent.comment()).isEqualTo("nightly check");
        assertThat(sent.outputS3BucketName()).isEqualTo("ops-output");
        assertThat(sent.outputS3Region()).isEqualTo(SsmFixture.REGION);
        assertThat(sent.cloudWatchOutputConfig().cloudWatchLogGroupName()).isEqualTo("/lifeboat/rc");
        assertThat(sent.maxConcurrency()).isEqualTo("50");
        assertThat(sent.maxErrors()).isEqualTo("0");
        f.advance(30);
        assertThat(f.invocations(sent.commandId()).get(0).standardOutputUrl())
                .startsWith("https://s3.eu-west-3.amazonaws.com/ops-output/run-command/" + sent.commandId() + "/");
    }

    @Test
    void executionTimeoutEndsLongScripts() {
        Command sent = f.ssm.sendCommand(r -> r.documentName("AWS-RunShellScript")
                .parameters(Map.of("commands", List.of("sleep 120"), "executionTimeout", List.of("30")))
                .instanceIds(f.id("prod-web-01"))).command();
        f.advance(60);
        GetCommandInvocationResponse timedOut = new GetCommandInvocation(f, sent.commandId(), f.id("prod-web-01")).response;
        assertThat(timedOut.status()).isEqualTo(CommandInvocationStatus.TIMED_OUT);
        assertThat(timedOut.statusDetails()).isEqualTo("Execution Timed Out");
        assertThat(command(sent.commandId()).errorCount()).isEqualTo(1);
    }

    @Test
    void pluginOutputSharesItsRoomBetweenStdoutAndStderrAsTheAgentDoes() {
        String out = "o".repeat(3_000);
        String err = "e".repeat(3_000);
        String both = SsmCommands.pluginOutput(out, err, 2_500);
        assertThat(both).hasSize(2_500).contains("\n---Output truncated---\n----------ERROR-------\neee")
                .endsWith("\n---Error truncated----");
        assertThat(SsmCommands.pluginOutput("short", err, 2_500)).startsWith("short\n----------ERROR-------\neee")
                .endsWith("\n---Error truncated----").hasSizeLessThanOrEqualTo(2_500);
        assertThat(SsmCommands.pluginOutput("ok\n", "", 2_500)).isEqualTo("ok\n");
    }

    /** GetCommandInvocation for one instance, in one line in the tests above. */
    private static final class GetCommandInvocation {
        final GetCommandInvocationResponse response;

        GetCommandInvocation(SsmFixture f, String commandId, String instanceId) {
            this.response = f.ssm.getCommandInvocation(r -> r.commandId(commandId).instanceId(instanceId));
        }
    }
}
