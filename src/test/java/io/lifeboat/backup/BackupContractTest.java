package io.lifeboat.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.aws.Connection;
import io.lifeboat.aws.Connector;
import io.lifeboat.aws.guard.CallInterceptor;
import io.lifeboat.testing.ContractTest;
import io.lifeboat.testing.MotoExtension;
import org.junit.jupiter.api.Test;

/**
 * The backup scenarios against Moto: the real SDK clients, real requests. The {@code motoGap...} tests
 * pin where Moto 5.2.1 falls short, each naming the sandbox test that covers the real behaviour.
 */
@ContractTest
class BackupContractTest extends BackupScenarioTest {

    @Override
    protected Connection connect(CallInterceptor... interceptors) {
        Connector.Builder builder = Connector.builder();
        for (CallInterceptor interceptor : interceptors) {
            builder.interceptor(interceptor);
        }
        return MotoExtension.moto().connector(builder).connect(MotoExtension.moto().spec(REGION, false));
    }

    @Override
    protected void letTimePass() {
        // Moto has no time: volumes are available and snapshots completed at once.
    }

    @Override
    protected void nextStartTime() {
        try {
            Thread.sleep(1_100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Moto ignores ExcludeDataVolumeIds, so the opted-out volume is snapshotted with the set; the report
     * says so rather than hiding it. Covered by {@link BackupSandboxTest#theExcludedDataVolumeGetsNoSnapshotAndTheSetIsTakenAtOneInstant}.
     */
    @Test
    void motoGapCreateSnapshotsAlsoSnapshotsTheExcludedDataVolume() {
        BackupReport report = runAll(plan());

        assertThat(todaysAutomatedPerVolume()).containsEntry(ids.db1Scratch(), 1L);
        assertThat(report.volumes()).filteredOn(v -> v.volumeId().equals(ids.db1Scratch())).singleElement()
                .satisfies(v -> assertThat(v.detail()).startsWith("Not in the plan"));
    }
}
