package io.lifeboat.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.aws.Connection;
import io.lifeboat.aws.ConnectionSpec;
import io.lifeboat.aws.Connector;
import io.lifeboat.aws.guard.CallInterceptor;
import io.lifeboat.aws.sandbox.SandboxAccount;
import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.aws.sandbox.SandboxServiceClients;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.Snapshot;

/** The backup scenarios on an empty sandbox account, plus what only the sandbox can show (time, exclusions). */
class BackupSandboxTest extends BackupScenarioTest {

    private final SandboxClock clock = SandboxClock.manual(Instant.parse("2026-11-25T01:00:00Z"));

    @Override
    protected Connection connect(CallInterceptor... interceptors) {
        SandboxAccount account = SandboxAccount.empty(clock);
        Connector.Builder builder = Connector.builder().sandbox(spec -> new SandboxServiceClients(account));
        for (CallInterceptor interceptor : interceptors) {
            builder.interceptor(interceptor);
        }
        return builder.build().connect(ConnectionSpec.sandbox(REGION, false));
    }

    @Override
    protected void letTimePass() {
        clock.advance(Duration.ofMinutes(5));
    }

    @Override
    protected void nextStartTime() {
        clock.advance(Duration.ofSeconds(1));
    }

    /** What Moto cannot show: {@code BackupContractTest#motoGapCreateSnapshotsAlsoSnapshotsTheExcludedDataVolume}. */
    @Test
    void theExcludedDataVolumeGetsNoSnapshotAndTheSetIsTakenAtOneInstant() {
        runAll(plan());

        assertThat(todaysAutomatedPerVolume()).doesNotContainKey(ids.db1Scratch());
        List<Snapshot> set = snapshots().stream()
                .filter(s -> s.volumeId().equals(ids.db1Root()) || s.volumeId().equals(ids.db1Data())).toList();
        assertThat(set).hasSize(2);
        assertThat(set.get(0).startTime()).isEqualTo(set.get(1).startTime());
    }

    /** A pending snapshot is today's backup already, and a due one is deleted only once it completed. */
    @Test
    void pendingSnapshotsCountAsDoneTodayAndAreNotDeletedUntilCompleted() {
        BackupPlan first = plan();
        runAll(first);

        BackupPlan whilePending = plan();

        assertThat(whilePending.creates()).isEmpty();
        assertThat(whilePending.skips()).filteredOn(s -> s.reason() == PlanSkip.Reason.ALREADY_SNAPSHOTTED_TODAY)
                .hasSize(6).allSatisfy(s -> assertThat(s.detail()).contains("pending"));
    }
}
