package io.lifeboat.volumes;

import static io.lifeboat.testing.Fleet.tags;
import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.aws.Connection;
import io.lifeboat.aws.Problem;
import io.lifeboat.inventory.InventoryLoader;
import io.lifeboat.tasks.TaskContext;
import io.lifeboat.testing.Fleet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The volume inventory and tag editing, as scenarios that run unchanged on the sandbox and on Moto.
 * The fixture is built through the EC2 API; page sizes are the API's minimum (5), so seven
 * instances and ten volumes span several pages where the backend pages (Moto does not page volumes).
 */
abstract class VolumeServiceScenarioTest {

    static final String REGION = "eu-west-3";
    private static final InventoryLoader.PageSizes SMALL_PAGES = new InventoryLoader.PageSizes(5, 5, 5, 5);

    private final ExecutorService io = Executors.newCachedThreadPool();
    private Connection connection;
    private VolumeService service;
    private Ids ids;

    /** A fresh, empty account for each test. */
    protected abstract Connection connect();

    /** Lets simulated time pass so new volumes become available and snapshots complete (no-op on Moto). */
    protected abstract void letTimePass();

    record Ids(String web1, String web1Root, String scratch, String web2Root, String api1, String api1Root,
               String bastionRoot, String loose, String looseProtected, String snapshot) {
    }

    @BeforeEach
    void buildFixture() {
        connection = connect();
        service = new VolumeService(connection.clients(), BackupConvention.DEFAULT, io, SMALL_PAGES);
        Fleet fleet = new Fleet(connection.clients().ec2(REGION), REGION);
        String web1 = fleet.instance(tags("Name", "web-1", "Env", "prod", "Backup", "Yes", "Retention", "14")).instanceId();
        String web2 = fleet.instance(tags("Name", "web-2", "Env", "prod", "Backup", "yes")).instanceId();
        String api1 = fleet.instance(tags("Name", "api-1", "Env", "staging", "Backup", "Yes", "Retention", "abc")).instanceId();
        String bastion = fleet.instance(tags("Name", "bastion", "Env", "prod")).instanceId();
        for (int i = 1; i <= 3; i++) {
            fleet.instance(tags("Name", "quiet-" + i, "Env", "dev"));
        }
        String scratch = fleet.volume(50, tags("Name", "scratch", "Backup", "No"));
        String loose = fleet.volume(10, Map.of());
        String looseProtected = fleet.volume(20, tags("Backup", "Yes"));
        letTimePass();
        fleet.attach(scratch, web1, "/dev/xvdf");
        letTimePass();
        String web1Root = fleet.rootVolume(web1);
        String snapshot = fleet.snapshot(web1Root, tags("Type", "Automated"));
        letTimePass();
        ids = new Ids(web1, web1Root, scratch, fleet.rootVolume(web2), api1, fleet.rootVolume(api1),
                fleet.rootVolume(bastion), loose, looseProtected, snapshot);
    }

    @AfterEach
    void close() {
        connection.close();
        io.shutdownNow();
    }

    private VolumeLoad load() {
        return service.load(List.of(REGION), TaskContext.NONE, new InventoryLoader.RegionListener() { });
    }

    private static Map<String, VolumeRecord> byId(List<VolumeRecord> records) {
        return records.stream().collect(Collectors.toMap(VolumeRecord::volumeId, Function.identity()));
    }

    @Test
    void everyVolumeComesWithItsInstanceDeviceAndPolicyAcrossPages() {
        VolumeLoad load = load();

        assertThat(load.failedRegions()).isEmpty();
        assertThat(load.records()).hasSize(10);
        Map<String, VolumeRecord> rows = byId(load.records());
        VolumeRecord web1Root = rows.get(ids.web1Root());
        assertThat(web1Root.instanceId()).isEqualTo(ids.web1());
        assertThat(web1Root.instanceName()).isEqualTo("web-1");
        assertThat(web1Root.volume().device()).isNotBlank();
        assertThat(web1Root.policy().kind()).isEqualTo(BackupPolicy.Kind.PROTECTED);
        assertThat(web1Root.policy().retentionDays()).isEqualTo(14);
        assertThat(web1Root.status()).isEqualTo(BackupStatus.OK);
        assertThat(web1Root.recentSnapshots()).extracting(SnapshotRef::id).containsExactly(ids.snapshot());

        VolumeRecord scratch = rows.get(ids.scratch());
        assertThat(scratch.volume().device()).isEqualTo("/dev/xvdf");
        assertThat(scratch.policy().kind()).isEqualTo(BackupPolicy.Kind.OPTED_OUT);

        assertThat(rows.get(ids.web2Root()).policy().kind()).isEqualTo(BackupPolicy.Kind.MISCONFIGURED);
        assertThat(rows.get(ids.web2Root()).policy().backedUp()).isTrue();
        assertThat(rows.get(ids.api1Root()).policy().problem()).contains("Retention=abc");
        assertThat(rows.get(ids.api1Root()).policy().retentionDays()).isEqualTo(7);
        assertThat(rows.get(ids.bastionRoot()).status()).isEqualTo(BackupStatus.NOT_COVERED);
    }

    @Test
    void unattachedVolumesAndVolumesWithoutAnyTagsAreListed() {
        Map<String, VolumeRecord> rows = byId(load().records());

        VolumeRecord loose = rows.get(ids.loose());
        assertThat(loose.tags()).isEmpty();
        assertThat(loose.instanceId()).isNull();
        assertThat(loose.volume().state()).isEqualTo("available");
        assertThat(loose.status()).isEqualTo(BackupStatus.NOT_COVERED);
        assertThat(loose.policy().explanation()).contains("unattached");
        VolumeRecord looseProtected = rows.get(ids.looseProtected());
        assertThat(looseProtected.policy().kind()).isEqualTo(BackupPolicy.Kind.PROTECTED);
        assertThat(looseProtected.status()).isEqualTo(BackupStatus.NEVER_BACKED_UP);
    }

    @Test
    void tagFiltersMatchVolumeOrInstanceTags() {
        List<VolumeRecord> all = load().records();

        List<String> prod = VolumeFilter.ALL.withTags(List.of(TagCondition.parse("Env=prod"))).apply(all).stream()
                .map(VolumeRecord::volumeId).toList();
        assertThat(prod).containsExactlyInAnyOrder(ids.web1Root(), ids.scratch(), ids.web2Root(), ids.bastionRoot());
        List<String> optedOut = VolumeFilter.ALL.withTags(List.of(TagCondition.parse("Backup=No"))).apply(all).stream()
                .map(VolumeRecord::volumeId).toList();
        assertThat(optedOut).containsExactly(ids.scratch());
    }

    @Test
    void aBulkRetentionEditOnInstancesFixesTheMisconfigurationAndSticks() {
        List<VolumeRecord> rows = load().records();
        List<VolumeRecord> selection = rows.stream().filter(r -> ids.api1().equals(r.instanceId())).toList();

        TagEditPlan plan = service.planTagEdit(selection, TagTarget.INSTANCES, TagEdit.setting("Retention", "14"));
        assertThat(plan.changes()).singleElement()
                .satisfies(c -> assertThat(c.differences()).containsExactly("Retention: abc \u2192 14"));
        TagEditResult result = service.applyTagEdit(plan, TaskContext.NONE);

        assertThat(result.failedRegions()).isEmpty();
        VolumeRecord updated = byId(service.afterEdit(rows, result)).get(ids.api1Root());
        assertThat(updated.policy().kind()).isEqualTo(BackupPolicy.Kind.PROTECTED);
        assertThat(updated.policy().retentionDays()).isEqualTo(14);
        VolumeRecord reloaded = byId(load().records()).get(ids.api1Root());
        assertThat(reloaded.instanceTags()).containsEntry("Retention", "14");
        assertThat(reloaded.policy().kind()).isEqualTo(BackupPolicy.Kind.PROTECTED);
    }

    @Test
    void removingATagKeyOnVolumes() {
        List<VolumeRecord> rows = load().records();
        List<VolumeRecord> scratch = rows.stream().filter(r -> r.volumeId().equals(ids.scratch())).toList();

        TagEditResult result = service.applyTagEdit(
                service.planTagEdit(scratch, TagTarget.VOLUMES, TagEdit.removing("Backup")), TaskContext.NONE);

        assertThat(result.applied()).hasSize(1);
        VolumeRecord reloaded = byId(load().records()).get(ids.scratch());
        assertThat(reloaded.tags()).doesNotContainKey("Backup").containsEntry("Name", "scratch");
        assertThat(reloaded.policy().kind()).isEqualTo(BackupPolicy.Kind.PROTECTED);
    }

    @Test
    void readOnlyModeRefusesTheEditAndChangesNothing() {
        List<VolumeRecord> rows = load().records();
        TagEditPlan plan = service.planTagEdit(rows, TagTarget.VOLUMES, TagEdit.setting("Owner", "ops"));
        connection.setReadOnly(true);

        TagEditResult result = service.applyTagEdit(plan, TaskContext.NONE);

        assertThat(result.applied()).isEmpty();
        assertThat(result.failedRegions().get(REGION).kind()).isEqualTo(Problem.Kind.READ_ONLY);
        connection.setReadOnly(false);
        assertThat(load().records()).allSatisfy(r -> assertThat(r.tags()).doesNotContainKey("Owner"));
    }
}
