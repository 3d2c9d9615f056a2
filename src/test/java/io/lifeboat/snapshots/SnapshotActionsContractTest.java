package io.lifeboat.snapshots;

import io.lifeboat.aws.Connection;
import io.lifeboat.aws.Connector;
import io.lifeboat.testing.ContractTest;
import io.lifeboat.testing.MotoExtension.Moto;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;

/**
 * The actions on Moto: snapshot now with tags, DeleteOn rewrite and removal (CreateTags, DeleteTags),
 * delete, CopySnapshot into another region with TagSpecifications (the Java SDK needs destinationRegion),
 * CreateVolume from a snapshot and AttachVolume. What Moto cannot do is on the sandbox, named in
 * {@link SnapshotActionsSandboxTest}: pending snapshots and copies (Moto completes everything at once), an
 * AMI holding a snapshot (Moto's RegisterImage ignores the snapshot it is given), EC2's limit of 20
 * concurrent copies per destination region.
 */
@ContractTest
class SnapshotActionsContractTest extends SnapshotActionsScenario {

    private Moto moto;

    @BeforeEach
    void start(Moto moto) {
        this.moto = moto;
        open();
    }

    @Override
    protected Connection connect(boolean readOnly) {
        return moto.connector(Connector.builder().audit(audit)).connect(moto.spec(REGION, readOnly));
    }

    /** Moto has no clock: nothing is ever pending, so there is nothing to wait for. */
    @Override
    protected Pacing pacing() {
        return new Pacing(duration -> { }, Duration.ofSeconds(5));
    }

    @Override
    protected void letTimePass() {
    }
}
