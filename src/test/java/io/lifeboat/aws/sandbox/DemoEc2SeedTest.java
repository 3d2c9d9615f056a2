package io.lifeboat.aws.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Image;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.Snapshot;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.Volume;

/**
 * The demo account's EC2 as the API shows it: exactly the fleet {@link DemoFleet} describes (the seed
 * writes state directly, so this is what keeps it honest), and the sandbox's own rules on it. What
 * Lifeboat makes of each case of the story is {@link DemoStoryTest}'s.
 */
class DemoEc2SeedTest {

    /** A Friday morning: today's nightly run (01:00) is done, the DLM run (03:00) too. */
    static final Instant NOW = Instant.parse("2026-11-20T10:15:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private final DemoFleet fleet = DemoFleet.create();
    private final SandboxServiceClients clients = new SandboxServiceClients(SandboxAccount.withDemoFleet(
            SandboxClock.manual(NOW)));

    private Ec2Client ec2(String region) {
        return clients.ec2(region);
    }

    private List<Snapshot> snapshots(String region, Filter... filters) {
        return ec2(region).describeSnapshotsPaginator(r -> r.ownerIds("self").filters(filters).maxResults(1000))
                .snapshots().stream().toList();
    }

    private DemoFleet.Instance instance(String name) {
        return fleet.instances().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    private static Filter filter(String name, String... values) {
        return Filter.builder().name(name).values(values).build();
    }

    private static Map<String, String> tags(List<Tag> tags) {
        return tags.stream().collect(Collectors.toMap(Tag::key, Tag::value));
    }

    private static LocalDate day(Snapshot snapshot) {
        return LocalDate.ofInstant(snapshot.startTime(), ZoneOffset.UTC);
    }

    // ---------------------------------------------------------------- the fleet itself

    @Test
    void everyInstanceOfTheFleetIsThereWithItsStateTagsAndProfile() {
        for (DemoFleet.Instance expected : fleet.instances()) {
            Instance actual = ec2(expected.region()).describeInstances(r -> r.instanceIds(expected.id()))
                    .reservations().get(0).instances().get(0);
            assertThat(tags(actual.tags())).isEqualTo(expected.tags());
            assertThat(actual.state().nameAsString()).isEqualTo(expected.running() ? "running" : "stopped");
            assertThat(actual.state().code()).isEqualTo(expected.running() ? 16 : 80);
            assertThat(actual.placement().availabilityZone()).isEqualTo(expected.availabilityZone());
            assertThat(actual.privateIpAddress()).isEqualTo(expected.privateIp());
            assertThat(actual.instanceTypeAsString()).isEqualTo(expected.instanceType());
            assertThat(actual.iamInstanceProfile() != null).as(expected.name() + " has a profile")
                    .isEqualTo(expected.ssm() != DemoFleet.SsmStatus.UNMANAGED);
            boolean windows = expected.platform() == DemoFleet.Platform.WINDOWS;
            assertThat(actual.platformAsString()).isEqualTo(windows ? "windows" : null);
            assertThat(actual.rootDeviceName()).isEqualTo(windows ? "/dev/sda1" : "/dev/xvda");
            assertThat(actual.blockDeviceMappings()).extracting(m -> m.ebs().volumeId())
                    .containsExactlyInAnyOrderElementsOf(expected.volumes().stream().map(DemoFleet.Volume::id).toList());
            assertThat(actual.launchTime()).isBefore(NOW);
        }
    }

    @Test
    void everyVolumeIsThereAttachedAsTheFleetSays() {
        for (DemoFleet.Instance instance : fleet.instances()) {
            for (DemoFleet.Volume expected : instance.volumes()) {
                Volume actual = ec2(instance.region()).describeVolumes(r -> r.volumeIds(expected.id())).volumes().get(0);
                assertThat(actual.size()).isEqualTo(expected.sizeGiB());
                assertThat(actual.volumeTypeAsString()).isEqualTo(expected.type());
                assertThat(actual.encrypted()).isEqualTo(expected.encrypted());
                assertThat(tags(actual.tags())).isEqualTo(expected.tags());
                assertThat(actual.stateAsString()).isEqualTo("in-use");
                assertThat(actual.createTime()).isEqualTo(NOW.minus(expected.age()));
                assertThat(actual.attachments()).singleElement().satisfies(a -> {
                    assertThat(a.instanceId()).isEqualTo(instance.id());
                    assertThat(a.device()).isEqualTo(expected.device());
                    assertThat(a.stateAsString()).isEqualTo("attached");
                    assertThat(a.deleteOnTermination()).isEqualTo(expected.device().equals(
                            instance.platform() == DemoFleet.Platform.WINDOWS ? "/dev/sda1" : "/dev/xvda"));
                });
            }
        }
        for (DemoFleet.LooseVolume loose : fleet.looseVolumes()) {
            Volume actual = ec2(loose.region()).describeVolumes(r -> r.volumeIds(loose.volume().id())).volumes().get(0);
            assertThat(actual.stateAsString()).isEqualTo("available");
            assertThat(actual.attachments()).isEmpty();
        }
    }

    @Test
    void regionsHoldTheFleetsCounts() {
        for (String region : SandboxAccount.REGIONS) {
            long instances = fleet.instances().stream().filter(i -> i.region().equals(region)).count();
            long volumes = fleet.instances().stream().filter(i -> i.region().equals(region))
                    .mapToLong(i -> i.volumes().size()).sum()
                    + fleet.looseVolumes().stream().filter(v -> v.region().equals(region)).count();
            assertThat(ec2(region).describeInstancesPaginator(r -> r.maxResults(5)).reservations().stream()
                    .mapToLong(r -> r.instances().size()).sum()).as(region).isEqualTo(instances);
            assertThat(ec2(region).describeVolumesPaginator(r -> r.maxResults(5)).volumes().stream().count())
                    .as(region).isEqualTo(volumes);
        }
    }

    // ---------------------------------------------------------------- the extras

    @Test
    void theGoldenImagePinsASnapshotDueForDeletionSoDeletingItIsRefused() {
        Image golden = ec2("eu-west-3").describeImages(r -> r.owners("self")).images().get(0);
        String pinned = golden.blockDeviceMappings().get(0).ebs().snapshotId();
        Snapshot snapshot = snapshots("eu-west-3", filter("snapshot-id", pinned)).get(0);

        assertThat(golden.ownerId()).isEqualTo(SandboxAccount.ACCOUNT_ID);
        assertThat(snapshot.volumeId()).isEqualTo(instance("prod-web-01").volumes().get(0).id());
        assertThat(tags(snapshot.tags())).containsEntry("DeleteOn", TODAY.minusDays(1).toString());
        assertThat(ec2("eu-west-3").describeImages(r -> r.filters(filter("block-device-mapping.snapshot-id", pinned)))
                .images()).extracting(Image::imageId).containsExactly(golden.imageId());
        assertThatThrownBy(() -> ec2("eu-west-3").deleteSnapshot(r -> r.snapshotId(pinned)))
                .isInstanceOfSatisfying(Ec2Exception.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSnapshot.InUse");
                    assertThat(e.awsErrorDetails().errorMessage())
                            .isEqualTo("The snapshot " + pinned + " is currently in use by " + golden.imageId());
                });
        assertThat(ec2("eu-west-3").describeImages(r -> r.owners("amazon")).images()).isEmpty();
    }

    // ---------------------------------------------------------------- time

    @Test
    void beforeOneInTheMorningTodaysNightlySnapshotsAreNotThereYet() {
        SandboxServiceClients early = new SandboxServiceClients(SandboxAccount.withDemoFleet(
                SandboxClock.manual(Instant.parse("2026-11-20T00:30:00Z"))));
        DemoFleet.Instance web = instance("prod-web-01");

        List<Snapshot> history = early.ec2(web.region()).describeSnapshots(r -> r.filters(
                filter("volume-id", web.volumes().get(0).id()), filter("tag:Type", "Automated"))).snapshots();

        assertThat(history.stream().map(DemoEc2SeedTest::day).max(LocalDate::compareTo)).contains(TODAY.minusDays(1));
    }

    @Test
    void seedingIsDeterministic() {
        List<String> again = new SandboxServiceClients(SandboxAccount.withDemoFleet(SandboxClock.manual(NOW)))
                .ec2("eu-west-3").describeSnapshots(r -> {}).snapshots().stream().map(Snapshot::snapshotId).toList();

        assertThat(again).isEqualTo(snapshots("eu-west-3").stream().map(Snapshot::snapshotId).toList());
    }
}
