package io.lifeboat.backup;

import static io.lifeboat.testing.Fleet.tags;

import io.lifeboat.aws.Connection;
import io.lifeboat.aws.ConnectionSpec;
import io.lifeboat.aws.Connector;
import io.lifeboat.aws.guard.CallInterceptor;
import io.lifeboat.aws.sandbox.SandboxAccount;
import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.aws.sandbox.SandboxServiceClients;
import io.lifeboat.testing.Fleet;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** An empty sandbox account at 01:00 UTC, connected as the app connects, with a fleet built through the API. */
final class SandboxFleet {

    static final String REGION = "eu-west-3";

    final SandboxClock clock = SandboxClock.manual(Instant.parse("2026-11-25T01:00:00Z"));
    final SandboxAccount account = SandboxAccount.empty(clock);
    final Connection connection;
    final Fleet fleet;

    SandboxFleet(CallInterceptor... interceptors) {
        Connector.Builder builder = Connector.builder().sandbox(spec -> new SandboxServiceClients(account));
        for (CallInterceptor interceptor : interceptors) {
            builder.interceptor(interceptor);
        }
        connection = builder.build().connect(ConnectionSpec.sandbox(REGION, false));
        fleet = new Fleet(connection.clients().ec2(REGION), REGION);
    }

    /** An instance with its root volume and {@code dataVolumes} more, attached from /dev/xvdf on. */
    String instance(String name, int dataVolumes, Map<String, String> instanceTags) {
        Map<String, String> tags = tags("Name", name);
        tags.putAll(instanceTags);
        String instance = fleet.instance(tags).instanceId();
        for (int i = 0; i < dataVolumes; i++) {
            String volume = fleet.volume(10 + i, Map.of());
            letTimePass();
            fleet.attach(volume, instance, "/dev/xvd" + (char) ('f' + i));
        }
        letTimePass();
        return instance;
    }

    void letTimePass() {
        clock.advance(Duration.ofMinutes(1));
    }
}
