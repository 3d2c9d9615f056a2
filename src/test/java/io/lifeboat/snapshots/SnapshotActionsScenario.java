package io.lifeboat.snapshots;

import static io.lifeboat.testing.Fleet.tags;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeboat.aws.Connection;
import io.lifeboat.aws.guard.AuditRecord;
import io.lifeboat.aws.guard.ReadOnlyModeException;
import io.lifeboat.backup.BackupSettings;
import io.lifeboat.inventory.Ec2Snapshot;
import io.lifeboat.inventory.InventoryCache;
import io.lifeboat.inventory.InventoryLoader;
import io.lifeboat.inventory.Tags;
import io.lifeboat.tasks.TaskContext;
import io.lifeboat.testing.Fleet;
import io.lifeboat.testing.RecordingAudit;
import io.lifeboat.volumes.BackupConvention;
import io.lifeboat.volumes.VolumeRecord;
import io.lifeboat.volumes.VolumeService;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Snapshot;
import software.amazon.awssdk.services.ec2.model.Volume;

/**
 * The actions on snapshots, unchanged on the sandbox and on Moto: snapshot now with the policy's tags,
 * DeleteOn rewritten and removed, delete, copy to another region with tags, a volume from a snapshot
 * attached at a free device, and all of it refused in read-only mode. Each checks EC2 itself (another
 * client's read), the session's inventory, and the audit log.
 */
abstract class SnapshotActionsScenario {

    static final String REGION = "eu-west-3";
    static final String DR = "us-east-1";

    protected final RecordingAudit audit = new RecordingAudit();
    protected final ExecutorService io = Executors.newCachedThreadPool();
    protected Connection connection;
    protected InventoryCache inventory;
    protected SnapshotActions actions;
    protected Fleet fleet;
    protected String web1;
    protected String root;

    /** A connection to a fresh, empty account, recording to {@link #audit}. */
    protected abstract Connection connect(boolean readOnly);

    /** How waiting passes: the sandbox moves its clock, Moto has nothing to wait for. */
    protected abstract Pacing pacing();

    /** Lets the fixture's snapshots complete: the sandbox moves its clock, on Moto they are completed at once. */
    protected abstract void letTimePass();

    protected void open() {
        connection = connect(false);
        inventory = InventoryCache.of(connection.clients(), io);
        actions = new SnapshotActions(connection.clients(), inventory, pacing());
        fleet = new Fleet(ec2(), REGION);
        web1 = fleet.instance(tags("Name", "web-1", "Backup", "Yes", "Retention", "14", "CostCenter", "cc-7")).instanceId();
        root = fleet.rootVolume(web1);
        letTimePass();
        audit.startHere();
    }

    @AfterEach
    void close() {
        if (connection != null) {
            connection.close();
        }
        io.shutdownNow();
    }

    protected Ec2Client ec2() {
        return connection.clients().ec2(REGION);
    }

    protected VolumeRecord record(String volumeId) {
        return new VolumeService(connection.clients(), BackupConvention.DEFAULT, inventory)
                .load(List.of(REGION), TaskContext.NONE, new InventoryLoader.RegionListener() { }).records().stream()
                .filter(r -> r.volumeId().equals(volumeId)).findFirst().orElseThrow();
    }

    protected Snapshot inEc2(Ec2Client client, String id) {
        return client.describeSnapshots(r -> r.snapshotIds(id)).snapshots().get(0);
    }

    protected LocalDate todayUtc() {
        return LocalDate.ofInstant(connection.clients().clock().instant(), ZoneOffset.UTC);
    }

    protected Ec2Snapshot cached(String id) {
        return inventory.cached(REGION).orElseThrow().snapshots().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElse(null);
    }

    /** A completed snapshot of web-1's root volume; the audit starts after it. */
    protected String snapshot(Map<String, String> tags) {
        String id = fleet.snapshot(root, tags);
        letTimePass();
        audit.startHere();
        return id;
    }

    @Test
    void snapshotNowIsTaggedAsThePolicyWouldTagItAndJoinsTheInventoryAtOnce() {
        VolumeRecord volume = record(root);
        SnapshotNow request = SnapshotNow.of(volume, BackupSettings.defaults(BackupConvention.DEFAULT),
                SnapshotNow.defaultRetention(volume, BackupSettings.defaults(BackupConvention.DEFAULT)), todayUtc());

        Ec2Snapshot made = actions.snapshotNow(request, TaskContext.NONE);

        Map<String, String> tags = Tags.toMap(inEc2(ec2(), made.id()).tags());
        assertThat(tags).containsEntry("DeleteOn", todayUtc().plusDays(14).toString()).containsEntry("Type", "Automated")
                .containsEntry("lifeboat:policy", "default").containsEntry("Name", "web-1").containsEntry("CostCenter", "cc-7");
        assertThat(SnapshotOrigin.of(tags)).isEqualTo(SnapshotOrigin.LIFEBOAT);
        assertThat(cached(made.id())).isNotNull();
        assertThat(audit.operations()).containsExactly("CreateSnapshot SUCCEEDED");
    }

    @Test
    void retentionIsRewrittenFromEachSnapshotsDayAndKeepRemovesIt() {
        String a = snapshot(tags("Type", "Automated", "DeleteOn", "2020-01-01"));
        String b = snapshot(tags("Type", "Automated"));
        inventory.region(REGION, InventoryLoader.ALL, TaskContext.NONE);
        List<Ec2Snapshot> chosen = List.of(cached(a), cached(b));

        ActionResult longer = actions.applyRetention(RetentionChange.plan(REGION, chosen, 30), TaskContext.NONE);

        String expected = LocalDate.ofInstant(cached(a).startTime(), ZoneOffset.UTC).plusDays(30).toString();
        assertThat(longer.done()).containsExactlyInAnyOrder(a, b);
        assertThat(Tags.toMap(inEc2(ec2(), a).tags())).containsEntry("DeleteOn", expected).containsEntry("Type", "Automated");
        assertThat(cached(b).tag("DeleteOn")).isEqualTo(expected);

        ActionResult kept = actions.applyRetention(RetentionChange.plan(REGION, List.of(cached(a)), null), TaskContext.NONE);

        assertThat(kept.complete()).isTrue();
        assertThat(Tags.toMap(inEc2(ec2(), a).tags())).doesNotContainKey("DeleteOn").containsEntry("Type", "Automated");
        assertThat(cached(a).tags()).doesNotContainKey("DeleteOn");
        assertThat(audit.operations()).containsSubsequence("CreateTags SUCCEEDED", "DeleteTags SUCCEEDED");
    }

    @Test
    void deleteRemovesTheSnapshotsFromEc2AndFromMemory() {
        String a = snapshot(Map.of());
        String b = snapshot(Map.of());
        String kept = snapshot(Map.of());

        DeletionCheck check = actions.checkDeletion(REGION, List.of(a, b), TaskContext.NONE);
        ActionResult deleted = actions.delete(check, TaskContext.NONE);

        assertThat(check.inUse()).isEmpty();
        assertThat(check.gib()).isEqualTo(2L * check.deletable().get(0).volumeSizeGiB());
        assertThat(deleted.done()).containsExactlyInAnyOrder(a, b);
        assertThat(ec2().describeSnapshots(r -> r.ownerIds("self")).snapshots()).extracting(Snapshot::snapshotId)
                .containsExactly(kept);
        assertThat(inventory.cached(REGION).orElseThrow().snapshots()).extracting(Ec2Snapshot::id).containsExactly(kept);
        assertThat(audit.operations()).containsExactly("DeleteSnapshot SUCCEEDED", "DeleteSnapshot SUCCEEDED");
    }

    @Test
    void aCopyInAnotherRegionCarriesTheSourcesTagsAndNamesItsSource() throws Exception {
        String source = snapshot(tags("Type", "Automated", "DeleteOn", "2030-01-01", "Name", "web-1"));
        String other = snapshot(tags("Type", "Automated", "DeleteOn", "2030-01-02"));
        inventory.region(REGION, InventoryLoader.ALL, TaskContext.NONE);
        List<CopyQueue.Progress> heard = new ArrayList<>();

        List<CopyQueue.Progress> carried = actions.copy(new CopyQueue.Request(REGION, List.of(cached(source)), DR, null, null,
                todayUtc()), heard::add, TaskContext.NONE);
        List<CopyQueue.Progress> ownRetention = actions.copy(new CopyQueue.Request(REGION, List.of(cached(other)), DR, null,
                10, todayUtc()), p -> { }, TaskContext.NONE);

        assertThat(carried).singleElement().satisfies(p -> assertThat(p.state()).isEqualTo(CopyQueue.State.COMPLETED));
        assertThat(heard).extracting(CopyQueue.Progress::state).startsWith(CopyQueue.State.QUEUED, CopyQueue.State.COPYING)
                .endsWith(CopyQueue.State.COMPLETED);
        Ec2Client dr = connection.clients().ec2(DR);
        Map<String, String> copyTags = Tags.toMap(inEc2(dr, carried.get(0).copyId()).tags());
        assertThat(copyTags).containsEntry("DeleteOn", "2030-01-01").containsEntry("Type", "Automated")
                .containsEntry("Name", "web-1").containsEntry(SnapshotCopies.COPY_OF, source)
                .containsEntry(SnapshotCopies.COPY_SOURCE_REGION, REGION);
        assertThat(Tags.toMap(inEc2(dr, ownRetention.get(0).copyId()).tags()))
                .containsEntry("DeleteOn", todayUtc().plusDays(10).toString()).containsEntry(SnapshotCopies.COPY_OF, other);
        assertThat(audit.entries()).filteredOn(e -> e.operation().equals("CopySnapshot")).hasSize(2);
    }

    @Test
    void aVolumeFromASnapshotIsMadeLargerWithItsIopsAndTagsAndAttachedAtAFreeDevice() throws Exception {
        String source = snapshot(Map.of());
        int size = inEc2(ec2(), source).volumeSize();
        RestoreRequest request = new RestoreRequest(REGION, source, REGION + "a", "gp3", size + 2, 4000, 250,
                Map.of("Name", "restored-web-1"), web1, null);

        VolumeRestore.Result result = actions.restore(request, TaskContext.NONE);

        Volume made = ec2().describeVolumes(r -> r.volumeIds(result.volume().id())).volumes().get(0);
        assertThat(made.snapshotId()).isEqualTo(source);
        assertThat(made.size()).isEqualTo(size + 2);
        assertThat(made.volumeTypeAsString()).isEqualTo("gp3");
        assertThat(Tags.toMap(made.tags())).containsEntry("Name", "restored-web-1");
        assertThat(made.attachments()).singleElement().satisfies(a -> {
            assertThat(a.instanceId()).isEqualTo(web1);
            assertThat(a.device()).isEqualTo(result.device());
        });
        assertThat(result.device()).isIn("/dev/sdf", "/dev/xvdf");
        assertThat(inventory.cached(REGION).orElseThrow().volumes()).anySatisfy(v -> {
            assertThat(v.id()).isEqualTo(made.volumeId());
            assertThat(v.instanceId()).isEqualTo(web1);
        });
        assertThat(audit.operations()).containsExactly("CreateVolume SUCCEEDED", "AttachVolume SUCCEEDED");
    }

    @Test
    void readOnlyModeRefusesEveryActionAndChangesNothing() throws Exception {
        String source = snapshot(tags("DeleteOn", "2030-01-01"));
        VolumeRecord volume = record(root);
        Connection readOnly = connect(true);
        try {
            SnapshotActions refused = new SnapshotActions(readOnly.clients(), InventoryCache.of(readOnly.clients(), io), pacing());
            refused.inventory().region(REGION, InventoryLoader.ALL, TaskContext.NONE);
            Ec2Snapshot cachedSource = refused.inventory().cached(REGION).orElseThrow().snapshots().get(0);
            SnapshotNow now = SnapshotNow.of(volume, BackupSettings.defaults(BackupConvention.DEFAULT), 7, todayUtc());

            assertThatThrownBy(() -> refused.snapshotNow(now, TaskContext.NONE)).isInstanceOf(ReadOnlyModeException.class);
            assertThat(refused.applyRetention(RetentionChange.plan(REGION, List.of(cachedSource), null), TaskContext.NONE)
                    .failed()).containsKey(source);
            assertThat(refused.delete(refused.checkDeletion(REGION, List.of(source), TaskContext.NONE), TaskContext.NONE)
                    .failed()).containsKey(source);
            assertThat(refused.copy(new CopyQueue.Request(REGION, List.of(cachedSource), DR, null, null, todayUtc()), p -> { },
                    TaskContext.NONE)).singleElement().satisfies(p -> assertThat(p.state()).isEqualTo(CopyQueue.State.FAILED));
            assertThatThrownBy(() -> refused.restore(new RestoreRequest(REGION, source, REGION + "a", "gp3", null, null, null,
                    Map.of(), null, null), TaskContext.NONE)).isInstanceOf(ReadOnlyModeException.class);
        } finally {
            readOnly.close();
        }

        assertThat(ec2().describeSnapshots(r -> r.ownerIds("self")).snapshots()).singleElement()
                .satisfies(s -> assertThat(Tags.toMap(s.tags())).containsEntry("DeleteOn", "2030-01-01"));
        assertThat(connection.clients().ec2(DR).describeSnapshots(r -> r.ownerIds("self")).snapshots()).isEmpty();
        assertThat(ec2().describeVolumes().volumes()).hasSize(1);
        assertThat(audit.entries()).extracting(RecordingAudit.Entry::outcome)
                .containsOnly(AuditRecord.Outcome.REFUSED).hasSize(5);
    }
}
