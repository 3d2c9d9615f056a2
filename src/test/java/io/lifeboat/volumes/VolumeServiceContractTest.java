package io.lifeboat.volumes;

import io.lifeboat.aws.Connection;
import io.lifeboat.testing.ContractTest;
import io.lifeboat.testing.MotoExtension;

/** The volume scenarios against Moto. Moto answers DescribeVolumes in one page whatever MaxResults says. */
@ContractTest
class VolumeServiceContractTest extends VolumeServiceScenarioTest {

    @Override
    protected Connection connect() {
        return MotoExtension.moto().connect(REGION);
    }

    @Override
    protected void letTimePass() {
        // Moto has no time: volumes are available and snapshots completed at once.
    }
}
