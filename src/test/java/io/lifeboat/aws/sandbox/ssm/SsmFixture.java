package io.lifeboat.aws.sandbox.ssm;

import io.lifeboat.aws.sandbox.DemoFleet;
import io.lifeboat.aws.sandbox.SandboxAccount;
import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.aws.sandbox.SandboxServiceClients;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.CommandInvocation;

/** The seeded demo account on a manual clock, and shortcuts the SSM tests share. */
final class SsmFixture {

    static final Instant T0 = Instant.parse("2025-03-10T09:00:00Z");
    static final String REGION = "eu-west-3";

    final SandboxClock clock = SandboxClock.manual(T0);
    final SandboxAccount account = SandboxAccount.withDemoFleet(clock);
    final SsmClient ssm = new SandboxServiceClients(account).ssm(REGION);
    final DemoFleet fleet = DemoFleet.create();

    String id(String name) {
        return fleet.instances().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow().id();
    }

    List<String> ids(Predicate<DemoFleet.Instance> which) {
        return fleet.instances().stream().filter(i -> i.region().equals(REGION)).filter(which)
                .map(DemoFleet.Instance::id).sorted().toList();
    }

    List<String> managedWebIds() {
        return ids(i -> "web".equals(i.role()) && i.ssm() != DemoFleet.SsmStatus.UNMANAGED);
    }

    void advance(long seconds) {
        clock.advance(Duration.ofSeconds(seconds));
    }

    List<CommandInvocation> invocations(String commandId) {
        return ssm.listCommandInvocationsPaginator(r -> r.commandId(commandId).details(true).maxResults(50))
                .commandInvocations().stream().toList();
    }

    static Map<String, List<String>> commands(String... lines) {
        return Map.of("commands", List.of(lines));
    }
}
