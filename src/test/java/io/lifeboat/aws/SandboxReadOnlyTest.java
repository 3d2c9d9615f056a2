package io.lifeboat.aws;

import io.lifeboat.aws.guard.ReadOnlyModeException;
import io.lifeboat.aws.sandbox.SandboxAccount;
import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.aws.sandbox.SandboxServiceClients;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Snapshot;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.Volume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A read-only connection to the demo account refuses every change before it reaches the account, and reads still work. */
class SandboxReadOnlyTest {

    private static final String REGION = "eu-west-3";

    private Connection connection;
    private Ec2Client ec2;

    @BeforeEach
    void connect() {
        SandboxAccount account = SandboxAccount.withDemoFleet(SandboxClock.manual(Instant.parse("2026-11-20T10:15:00Z")));
        connection = Connector.builder()
                .sandbox(spec -> new SandboxServiceClients(account))
                .build()
                .connect(ConnectionSpec.sandbox(REGION, true));
        ec2 = connection.clients().ec2(REGION);
    }

    @AfterEach
    void close() {
        connection.close();
    }

    @Test
    void createTagsCreateSnapshotAndDeleteSnapshotAreRefusedAndNothingChanges() {
        Volume volume = ec2.describeVolumes(r -> r.maxResults(5)).volumes().get(0);
        List<Snapshot> before = snapshots();
        Snapshot victim = before.get(0);

        assertThatThrownBy(() -> ec2.createTags(r -> r.resources(volume.volumeId())
                .tags(Tag.builder().key("Backup").value("Yes").build())))
                .isInstanceOf(ReadOnlyModeException.class).hasMessageContaining("CreateTags");
        assertThatThrownBy(() -> ec2.createSnapshot(r -> r.volumeId(volume.volumeId())))
                .isInstanceOf(ReadOnlyModeException.class).hasMessageContaining("CreateSnapshot");
        assertThatThrownBy(() -> ec2.deleteSnapshot(r -> r.snapshotId(victim.snapshotId())))
                .isInstanceOf(ReadOnlyModeException.class).hasMessageContaining("DeleteSnapshot");

        assertThat(ec2.describeVolumes(r -> r.volumeIds(volume.volumeId())).volumes().get(0).tags())
                .isEqualTo(volume.tags());
        assertThat(snapshots()).isEqualTo(before);
        assertThat(connection.calls().count("CreateTags")).isZero();
        assertThat(connection.calls().count("CreateSnapshot")).isZero();
        assertThat(connection.calls().count("DeleteSnapshot")).isZero();
        assertThat(connection.mode()).isEqualTo(Mode.SANDBOX);
    }

    @Test
    void switchingReadOnlyOffLetsTheSameCallThrough() {
        Volume volume = ec2.describeVolumes(r -> r.maxResults(5)).volumes().get(0);

        connection.setReadOnly(false);
        ec2.createSnapshot(r -> r.volumeId(volume.volumeId()));

        assertThat(connection.calls().count("CreateSnapshot")).isEqualTo(1);
    }

    private List<Snapshot> snapshots() {
        return ec2.describeSnapshotsPaginator(r -> r.ownerIds("self").maxResults(1000)).snapshots().stream().toList();
    }
}
