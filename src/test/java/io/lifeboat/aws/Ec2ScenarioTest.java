package io.lifeboat.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.CreateSnapshotResponse;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceBlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Snapshot;
import software.amazon.awssdk.services.ec2.model.SnapshotInfo;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import software.amazon.awssdk.services.ec2.model.Volume;

/**
 * EC2 scenarios that run unchanged on the sandbox and on Moto, with the same assertions: every
 * fixture is built through the API on an empty account, every result is collected across pages
 * with the SDK paginators (small pages, to exercise paging where the backend pages), and nothing
 * asserts on page counts, since Moto ignores MaxResults for volumes and snapshots. What only one
 * backend honours lives in its subclass, next to a comment naming the gap.
 */
abstract class Ec2ScenarioTest {

    static final String REGION = "eu-west-3";
    static final String ZONE = "eu-west-3a";
    static final String OTHER_ZONE = "eu-west-3b";
    static final String IMAGE = "ami-0123456789abcdef0";
    static final String MISSING_VOLUME = "vol-0123456789abcdef0";
    static final String MISSING_SNAPSHOT = "snap-0123456789abcdef0";
    static final String MISSING_INSTANCE = "i-0123456789abcdef0";
    static final int PAGE = 5;

    /** Set by the subclass before each test, on a fresh, empty account. */
    protected Connection connection;

    /** Lets simulated time pass so that transitions finish: the sandbox's clock moves, Moto has none. */
    protected abstract void letTimePass();

    @AfterEach
    void closeConnection() {
        if (connection != null) {
            connection.close();
        }
    }

    protected Ec2Client ec2() {
        return connection.clients().ec2(REGION);
    }

    protected String accountId() {
        return connection.identity().account();
    }

    // ---------------------------------------------------------------- instances

    @Test
    void describeInstancesCollectsEveryInstanceAcrossPagesOfFive() {
        List<String> launched = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            launched.add(launch("web-0" + i, Map.of("Env", "scenario")));
        }

        List<String> seen = ec2().describeInstancesPaginator(r -> r.maxResults(PAGE)).reservations().stream()
                .flatMap(reservation -> reservation.instances().stream())
                .map(Instance::instanceId)
                .toList();

        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(launched);
    }

    @Test
    void instanceFiltersOnTagStateAndType() {
        String web = launch("web-01", Map.of("Backup", "Yes"));
        String other = launchIn(OTHER_ZONE, "t3.large", "db-01", Map.of("Backup", "No"));
        letTimePass();

        assertThat(instanceIds(filter("tag:Backup", "Yes"))).containsExactly(web);
        assertThat(instanceIds(filter("instance-state-name", "running"))).containsExactlyInAnyOrder(web, other);
        assertThat(instanceIds(filter("instance-type", "t3.large"))).containsExactly(other);
        // availability-zone: sandbox only (Ec2ScenarioSandboxTest), Moto never matches it on instances.
        assertThat(instanceIds(filter("instance-id", web, other), filter("tag:Name", "db-*"))).containsExactly(other);
    }

    @Test
    void terminatingAnInstanceDeletesItsRootVolumeAndKeepsAttachedData() {
        String instance = launch("old-01", Map.of());
        String root = rootVolumeOf(instance);
        String data = createVolume(ZONE, 10, Map.of("Name", "old-01-data"));
        attach(data, instance, "/dev/sdf");

        ec2().terminateInstances(r -> r.instanceIds(instance));
        letTimePass();

        assertThat(instanceIds(filter("instance-state-name", "terminated"))).containsExactly(instance);
        assertThat(volumeIds(filter("volume-id", root, data))).containsExactly(data);
        assertThat(volumes(filter("volume-id", data)).get(0).stateAsString()).isEqualTo("available");
    }

    // ---------------------------------------------------------------- volumes and their filters

    @Test
    void tagFilterFindsVolumesTaggedBackupYes() {
        String yes = createVolume(ZONE, 10, Map.of("Backup", "Yes"));
        createVolume(ZONE, 10, Map.of("Backup", "No"));
        createVolume(ZONE, 10, Map.of("Backup", "yes"));
        createVolume(ZONE, 10, Map.of());

        assertThat(volumeIds(filter("tag:Backup", "Yes"))).containsExactly(yes);
    }

    @Test
    void tagKeyFilterFindsVolumesWithTheKeyWhateverItsValue() {
        String yes = createVolume(ZONE, 10, Map.of("Backup", "Yes"));
        String no = createVolume(ZONE, 10, Map.of("Backup", "No"));
        createVolume(ZONE, 10, Map.of("Name", "scratch"));
        createVolume(ZONE, 10, Map.of());

        assertThat(volumeIds(filter("tag-key", "Backup"))).containsExactlyInAnyOrder(yes, no);
    }

    @Test
    void tagFiltersTakeWildcardsAndSeveralValues() {
        String yes = createVolume(ZONE, 10, Map.of("Backup", "Yes", "Name", "web-01-root"));
        String lower = createVolume(ZONE, 10, Map.of("Backup", "yes", "Name", "web-02-root"));
        String typo = createVolume(ZONE, 10, Map.of("Backup", "YES ", "Name", "db-01-data"));

        assertThat(volumeIds(filter("tag:Backup", "Y*"))).containsExactlyInAnyOrder(yes, typo);
        assertThat(volumeIds(filter("tag:Backup", "Yes", "yes"))).containsExactlyInAnyOrder(yes, lower);
        assertThat(volumeIds(filter("tag:Name", "web-0?-root"))).containsExactlyInAnyOrder(yes, lower);
        assertThat(volumeIds(filter("tag:Name", "*-root"), filter("tag:Backup", "yes"))).containsExactly(lower);
    }

    @Test
    void volumesWithoutAnyTagsAreFoundByCollectingEveryPage() {
        List<String> untagged = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            untagged.add(createVolume(ZONE, 10, Map.of()));
            createVolume(ZONE, 10, Map.of("Name", "named-" + i));
        }

        List<String> found = volumes().stream().filter(v -> v.tags().isEmpty()).map(Volume::volumeId).toList();

        assertThat(found).containsExactlyInAnyOrderElementsOf(untagged);
    }

    @Test
    void statusAvailableFindsUnattachedVolumes() {
        String instance = launch("app-01", Map.of());
        String attached = createVolume(ZONE, 10, Map.of());
        String loose = createVolume(ZONE, 20, Map.of());
        attach(attached, instance, "/dev/sdf");

        assertThat(volumeIds(filter("status", "available"))).containsExactly(loose);
        assertThat(volumeIds(filter("status", "in-use"))).containsExactlyInAnyOrder(rootVolumeOf(instance), attached);
        assertThat(volumeIds(filter("attachment.status", "attached"))).doesNotContain(loose);
    }

    @Test
    void attachmentInstanceIdFindsEveryVolumeOfAnInstance() {
        String app = launch("app-01", Map.of());
        String db = launch("db-01", Map.of());
        String data = createVolume(ZONE, 50, Map.of("Name", "app-01-data"));
        attach(data, app, "/dev/sdf");

        assertThat(volumeIds(filter("attachment.instance-id", app))).containsExactlyInAnyOrder(rootVolumeOf(app), data);
        assertThat(volumeIds(filter("attachment.instance-id", db))).containsExactly(rootVolumeOf(db));
        assertThat(volumeIds(filter("attachment.device", "/dev/sdf"))).containsExactly(data);
    }

    @Test
    void volumeIdFilterAndVolumeIdsFindTheSameVolumes() {
        String a = createVolume(ZONE, 10, Map.of());
        String b = createVolume(ZONE, 20, Map.of());
        createVolume(ZONE, 30, Map.of());

        assertThat(volumeIds(filter("volume-id", a, b))).containsExactlyInAnyOrder(a, b);
        assertThat(ec2().describeVolumes(r -> r.volumeIds(a, b)).volumes()).extracting(Volume::volumeId)
                .containsExactlyInAnyOrder(a, b);
        assertThat(volumes(filter("size", "20"))).extracting(Volume::volumeId).containsExactly(b);
    }

    @Test
    void aVolumeMadeFromASnapshotIsFoundBySnapshotId() {
        String source = createVolume(ZONE, 10, Map.of());
        String snapshot = ec2().createSnapshot(r -> r.volumeId(source)).snapshotId();
        letTimePass();

        String restored = ec2().createVolume(r -> r.availabilityZone(ZONE).snapshotId(snapshot)).volumeId();

        assertThat(volumeIds(filter("snapshot-id", snapshot))).containsExactly(restored);
        assertThat(volumes(filter("volume-id", restored)).get(0).size()).isEqualTo(10);
    }

    // ---------------------------------------------------------------- snapshots

    @Test
    void snapshotsOfTheAccountAreFoundByOwnerIdsSelfAndByOwnerIdFilter() {
        String volume = createVolume(ZONE, 10, Map.of());
        String first = ec2().createSnapshot(r -> r.volumeId(volume)).snapshotId();
        String second = ec2().createSnapshot(r -> r.volumeId(volume)).snapshotId();

        List<String> self = ec2().describeSnapshotsPaginator(r -> r.ownerIds("self").maxResults(PAGE)).snapshots()
                .stream().map(Snapshot::snapshotId).toList();
        List<String> byAccount = snapshotIds(filter("owner-id", accountId()));

        assertThat(self).containsExactlyInAnyOrder(first, second);
        assertThat(byAccount).containsExactlyInAnyOrder(first, second);
        assertThat(snapshotIds(filter("volume-id", volume))).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void createSnapshotAppliesTagsAtCreation() {
        String volume = createVolume(ZONE, 10, Map.of("Name", "web-01-root"));

        CreateSnapshotResponse created = ec2().createSnapshot(r -> r.volumeId(volume)
                .description("web-01 - " + volume + " (/dev/xvda)")
                .tagSpecifications(snapshotTags(Map.of("Type", "Automated", "DeleteOn", "2026-12-04"))));

        assertThat(tagMap(created.tags())).containsEntry("Type", "Automated").containsEntry("DeleteOn", "2026-12-04");
        Snapshot described = snapshots(filter("snapshot-id", created.snapshotId())).get(0);
        assertThat(tagMap(described.tags())).isEqualTo(Map.of("Type", "Automated", "DeleteOn", "2026-12-04"));
        assertThat(described.volumeId()).isEqualTo(volume);
        assertThat(described.volumeSize()).isEqualTo(10);
        assertThat(described.description()).isEqualTo("web-01 - " + volume + " (/dev/xvda)");
        assertThat(snapshotIds(filter("tag:Type", "Automated"))).containsExactly(created.snapshotId());
    }

    @Test
    void createSnapshotsForAnInstanceExcludingTheBootVolumeTagsEveryDataSnapshot() {
        String instance = launch("db-01", Map.of());
        String data = createVolume(ZONE, 50, Map.of("Name", "db-01-data"));
        String logs = createVolume(ZONE, 20, Map.of("Name", "db-01-logs"));
        attach(data, instance, "/dev/sdf");
        attach(logs, instance, "/dev/sdg");

        List<SnapshotInfo> made = ec2().createSnapshots(r -> r
                .instanceSpecification(s -> s.instanceId(instance).excludeBootVolume(true))
                .description("db-01 nightly")
                .tagSpecifications(snapshotTags(Map.of("Type", "Automated")))).snapshots();

        assertThat(made).extracting(SnapshotInfo::volumeId).containsExactlyInAnyOrder(data, logs);
        assertThat(made).allSatisfy(info -> assertThat(tagMap(info.tags())).containsEntry("Type", "Automated"));
        letTimePass();
        List<Snapshot> described = snapshots(filter("tag:Type", "Automated"));
        assertThat(described).extracting(Snapshot::volumeId).containsExactlyInAnyOrder(data, logs);
        assertThat(described).extracting(Snapshot::description).containsOnly("db-01 nightly");
        assertThat(described).extracting(Snapshot::stateAsString).containsOnly("completed");
    }

    @Test
    void statusFilterFindsCompletedSnapshots() {
        String volume = createVolume(ZONE, 10, Map.of());
        String snapshot = ec2().createSnapshot(r -> r.volumeId(volume)).snapshotId();
        letTimePass();

        assertThat(snapshotIds(filter("status", "completed"))).containsExactly(snapshot);
        assertThat(snapshotIds(filter("status", "pending", "error"))).isEmpty();
        assertThat(snapshots(filter("snapshot-id", snapshot)).get(0).progress()).isEqualTo("100%");
    }

    @Test
    void deleteSnapshotRemovesIt() {
        String volume = createVolume(ZONE, 10, Map.of());
        String keep = ec2().createSnapshot(r -> r.volumeId(volume)).snapshotId();
        String drop = ec2().createSnapshot(r -> r.volumeId(volume)).snapshotId();
        letTimePass();

        ec2().deleteSnapshot(r -> r.snapshotId(drop));

        assertThat(snapshotIds()).containsExactly(keep);
        assertEc2Error(() -> ec2().describeSnapshots(r -> r.snapshotIds(drop)), "InvalidSnapshot.NotFound");
    }

    @Test
    void copySnapshotPutsACopyInTheDestinationRegion() {
        String volume = createVolume(ZONE, 10, Map.of());
        String source = ec2().createSnapshot(r -> r.volumeId(volume)).snapshotId();
        letTimePass();
        Ec2Client destination = connection.clients().ec2("us-east-1");

        // destinationRegion: ignored by AWS and the sandbox (the client's region is the destination),
        // but Moto's server needs it from the Java SDK.
        String copy = destination.copySnapshot(r -> r.sourceRegion(REGION).sourceSnapshotId(source)
                .destinationRegion("us-east-1").description("DR copy of " + source)).snapshotId();
        letTimePass();

        Snapshot described = destination.describeSnapshots(r -> r.snapshotIds(copy)).snapshots().get(0);
        assertThat(described.volumeSize()).isEqualTo(10);
        assertThat(described.description()).isEqualTo("DR copy of " + source);
        assertThat(snapshotIds()).containsExactly(source);
    }

    // ---------------------------------------------------------------- tags

    @Test
    void createTagsTagsSeveralKindsOfResourceAtOnce() {
        String instance = launch("web-01", Map.of());
        String volume = createVolume(ZONE, 10, Map.of());
        String snapshot = ec2().createSnapshot(r -> r.volumeId(volume)).snapshotId();

        ec2().createTags(r -> r.resources(instance, volume, snapshot).tags(tag("Backup", "Yes"), tag("Env", "prod")));

        assertThat(instanceIds(filter("tag:Backup", "Yes"))).containsExactly(instance);
        assertThat(volumeIds(filter("tag:Backup", "Yes"))).containsExactly(volume);
        assertThat(snapshotIds(filter("tag:Env", "prod"))).containsExactly(snapshot);
    }

    @Test
    void deleteTagsByKeyOnlyRemovesAnyValueByKeyAndValueOnlyAnEqualOne() {
        String volume = createVolume(ZONE, 10, Map.of("Backup", "Yes", "Env", "prod", "Role", "web"));

        ec2().deleteTags(r -> r.resources(volume).tags(Tag.builder().key("Backup").build()));
        ec2().deleteTags(r -> r.resources(volume).tags(tag("Env", "staging"), tag("Role", "web")));

        assertThat(tagMap(volumes(filter("volume-id", volume)).get(0).tags())).isEqualTo(Map.of("Env", "prod"));
    }

    // ---------------------------------------------------------------- errors

    @Test
    void missingResourcesAreReportedWithAwsErrorCodes() {
        String volume = createVolume(ZONE, 10, Map.of());

        assertEc2Error(() -> ec2().describeVolumes(r -> r.volumeIds(MISSING_VOLUME)), "InvalidVolume.NotFound");
        assertEc2Error(() -> ec2().describeSnapshots(r -> r.snapshotIds(MISSING_SNAPSHOT)), "InvalidSnapshot.NotFound");
        assertEc2Error(() -> ec2().describeInstances(r -> r.instanceIds(MISSING_INSTANCE)), "InvalidInstanceID.NotFound");
        assertEc2Error(() -> ec2().deleteSnapshot(r -> r.snapshotId(MISSING_SNAPSHOT)), "InvalidSnapshot.NotFound");
        assertEc2Error(() -> ec2().createSnapshot(r -> r.volumeId(MISSING_VOLUME)), "InvalidVolume.NotFound");
        assertEc2Error(() -> ec2().createTags(r -> r.resources(volume, MISSING_VOLUME).tags(tag("Backup", "Yes"))),
                "InvalidVolume.NotFound");
        assertThat(volumes(filter("volume-id", volume)).get(0).tags()).isEmpty();
    }

    @Test
    void deletingAnAttachedVolumeIsRefusedAsInUse() {
        String instance = launch("app-01", Map.of());
        String data = createVolume(ZONE, 10, Map.of());
        attach(data, instance, "/dev/sdf");

        assertEc2Error(() -> ec2().deleteVolume(r -> r.volumeId(data)), "VolumeInUse");
        assertThat(volumeIds(filter("volume-id", data))).containsExactly(data);
    }

    // ================================================================= fixture, through the API only

    protected String launch(String name, Map<String, String> tags) {
        return launchIn(ZONE, "t3.micro", name, tags);
    }

    protected String launchIn(String zone, String type, String name, Map<String, String> tags) {
        Map<String, String> all = new LinkedHashMap<>(tags);
        all.put("Name", name);
        return ec2().runInstances(r -> r.imageId(IMAGE).instanceType(type).minCount(1).maxCount(1)
                        .placement(p -> p.availabilityZone(zone))
                        .tagSpecifications(spec(ResourceType.INSTANCE, all),
                                spec(ResourceType.VOLUME, Map.of("Name", name + "-root"))))
                .instances().get(0).instanceId();
    }

    /** Creates a volume and lets it become available (the sandbox keeps it "creating" for a few seconds). */
    protected String createVolume(String zone, int size, Map<String, String> tags) {
        String id = ec2().createVolume(r -> {
            r.availabilityZone(zone).size(size).volumeType("gp3");
            if (!tags.isEmpty()) {
                r.tagSpecifications(spec(ResourceType.VOLUME, tags));
            }
        }).volumeId();
        letTimePass();
        return id;
    }

    protected void attach(String volume, String instance, String device) {
        ec2().attachVolume(r -> r.volumeId(volume).instanceId(instance).device(device));
        letTimePass();
    }

    /** The root volume as the instance lists it (Moto names it /dev/sda1, the sandbox /dev/xvda, as AMIs differ). */
    protected String rootVolumeOf(String instance) {
        Instance described = ec2().describeInstances(r -> r.instanceIds(instance)).reservations().get(0).instances().get(0);
        return described.blockDeviceMappings().stream()
                .filter(m -> m.deviceName().equals(described.rootDeviceName()))
                .map(InstanceBlockDeviceMapping::ebs)
                .map(ebs -> ebs.volumeId())
                .findFirst().orElseThrow();
    }

    protected List<Volume> volumes(Filter... filters) {
        return ec2().describeVolumesPaginator(r -> r.filters(filters).maxResults(PAGE)).volumes().stream().toList();
    }

    protected List<String> volumeIds(Filter... filters) {
        return volumes(filters).stream().map(Volume::volumeId).toList();
    }

    protected List<Snapshot> snapshots(Filter... filters) {
        return ec2().describeSnapshotsPaginator(r -> r.ownerIds("self").filters(filters).maxResults(PAGE))
                .snapshots().stream().toList();
    }

    protected List<String> snapshotIds(Filter... filters) {
        return snapshots(filters).stream().map(Snapshot::snapshotId).toList();
    }

    protected List<String> instanceIds(Filter... filters) {
        return ec2().describeInstancesPaginator(r -> r.filters(filters).maxResults(PAGE)).reservations().stream()
                .flatMap(reservation -> reservation.instances().stream())
                .map(Instance::instanceId)
                .toList();
    }

    static Filter filter(String name, String... values) {
        return Filter.builder().name(name).values(values).build();
    }

    static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }

    static TagSpecification spec(ResourceType type, Map<String, String> tags) {
        return TagSpecification.builder().resourceType(type)
                .tags(tags.entrySet().stream().map(e -> tag(e.getKey(), e.getValue())).toList())
                .build();
    }

    static TagSpecification snapshotTags(Map<String, String> tags) {
        return spec(ResourceType.SNAPSHOT, tags);
    }

    static Map<String, String> tagMap(List<Tag> tags) {
        return tags.stream().collect(Collectors.toMap(Tag::key, Tag::value));
    }

    static void assertEc2Error(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Ec2Exception.class, e -> {
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
            assertThat(e.statusCode()).isEqualTo(400);
        });
    }
}
