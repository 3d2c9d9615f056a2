package io.lifeboat.aws.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

/** The demo account's EC2 tells the story it is meant to tell, seen through the API as the app sees it. */
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

    private List<Snapshot> allSnapshots() {
        return SandboxAccount.REGIONS.stream().flatMap(region -> snapshots(region).stream()).toList();
    }

    private List<Snapshot> snapshotsOf(DemoFleet.Volume volume, String region) {
        return snapshots(region, filter("volume-id", volume.id()));
    }

    private List<Snapshot> nightly(DemoFleet.Volume volume, String region) {
        return snapshots(region, filter("volume-id", volume.id()), filter("tag:Type", "Automated"));
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
        assertThat(ec2("eu-west-3").describeInstances(r -> {}).reservations()).hasSize(29);
    }

    // ---------------------------------------------------------------- the nightly history

    @Test
    void aDailyVolumeHasOneCompletedSnapshotPerNightAtOneWithinItsRetention() {
        DemoFleet.Instance web = instance("prod-web-01");
        List<Snapshot> root = nightly(web.volumes().get(0), web.region());

        // Retention 14: nights 0..15 ago survive (due yesterday or later), minus the two failed nights.
        assertThat(root).hasSize(14);
        assertThat(root).allSatisfy(s -> {
            assertThat(s.stateAsString()).isEqualTo("completed");
            assertThat(s.progress()).isEqualTo("100%");
            assertThat(s.volumeSize()).isEqualTo(20);
            assertThat(s.encrypted()).isTrue();
            assertThat(s.ownerId()).isEqualTo(SandboxAccount.ACCOUNT_ID);
            assertThat(s.storageTierAsString()).isEqualTo("standard");
            assertThat(s.description()).isEqualTo("prod-web-01 - " + web.volumes().get(0).id() + " (/dev/xvda)");
            assertThat(s.startTime().atZone(ZoneOffset.UTC).getHour()).isEqualTo(1);
            assertThat(tags(s.tags())).containsEntry("Type", "Automated").containsEntry("Name", "prod-web-01")
                    .containsEntry("DeleteOn", day(s).plusDays(14).toString());
        });
        assertThat(root.stream().map(DemoEc2SeedTest::day).collect(Collectors.toSet()))
                .hasSize(14).contains(TODAY, TODAY.minusDays(15)).doesNotContain(TODAY.minusDays(16));
    }

    @Test
    void theWholeJobFailedNineAndTenDaysAgo() {
        Set<LocalDate> failed = Set.of(TODAY.minusDays(9), TODAY.minusDays(10));
        List<Snapshot> automated = SandboxAccount.REGIONS.stream()
                .flatMap(region -> snapshots(region, filter("tag:Type", "Automated")).stream()).toList();

        assertThat(automated).isNotEmpty().noneMatch(s -> failed.contains(day(s)));
        assertThat(automated).anyMatch(s -> day(s).equals(TODAY.minusDays(8)));
        assertThat(automated).anyMatch(s -> day(s).equals(TODAY.minusDays(11)));
    }

    @Test
    void thePrunerFailedTheLastTwoNightsSoSnapshotsDueYesterdayAndTodayAreStillThere() {
        List<String> deleteOn = allSnapshots().stream()
                .map(s -> tags(s.tags()).get("DeleteOn"))
                .filter(value -> value != null)
                .toList();

        assertThat(deleteOn).contains(TODAY.minusDays(1).toString(), TODAY.toString());
        assertThat(deleteOn).noneMatch(value -> LocalDate.parse(value).isBefore(TODAY.minusDays(1)));
    }

    @Test
    void retentionComesFromTheVolumeThenTheInstanceThenSevenDays() {
        DemoFleet.Instance api = instance("prod-api-02");
        // The data volume's own Retention=30 wins over the instance's 14: all 28 nights of the month.
        assertThat(nightly(api.volumes().get(1), api.region())).hasSize(28)
                .allSatisfy(s -> assertThat(tags(s.tags()).get("DeleteOn")).isEqualTo(day(s).plusDays(30).toString()));
        assertThat(nightly(api.volumes().get(0), api.region())).hasSize(14);
        // No Retention tag at all: 7 days, nights 0..8 ago minus none failed.
        DemoFleet.Instance stg = instance("stg-web-01");
        assertThat(nightly(stg.volumes().get(0), stg.region())).hasSize(9);
    }

    @Test
    void misconfiguredAndExcludedVolumesHaveNoHistory() {
        for (String name : List.of("prod-web-05", "prod-api-04", "prod-win-app-03", "prod-bastion-01", "stg-api-02",
                "stg-worker-01", "stg-win-app-01", "dev-web-01", "dev-win-build-01")) {
            DemoFleet.Instance instance = instance(name);
            for (DemoFleet.Volume volume : instance.volumes()) {
                assertThat(snapshotsOf(volume, instance.region())).as(name + " " + volume.device()).isEmpty();
            }
        }
        DemoFleet.Instance worker = instance("prod-worker-01");
        assertThat(snapshotsOf(worker.volumes().get(1), worker.region())).as("Backup=No scratch volume").isEmpty();
    }

    @Test
    void aVolumeAttachedSixHoursAgoHasNeverBeenBackedUp() {
        DemoFleet.Instance api = instance("prod-api-03");
        DemoFleet.Volume fresh = api.volumes().get(1);

        Volume volume = ec2(api.region()).describeVolumes(r -> r.volumeIds(fresh.id())).volumes().get(0);

        assertThat(volume.createTime()).isEqualTo(NOW.minus(Duration.ofHours(6)));
        assertThat(snapshotsOf(fresh, api.region())).isEmpty();
        assertThat(nightly(api.volumes().get(0), api.region())).hasSize(14);
    }

    @Test
    void aStoppedJobLeavesItsLastSnapshotFourDaysAgo() {
        DemoFleet.Instance monitoring = instance("prod-monitoring-01");
        for (DemoFleet.Volume volume : monitoring.volumes()) {
            List<Snapshot> history = nightly(volume, monitoring.region());
            assertThat(history).hasSize(24);
            assertThat(history.stream().map(DemoEc2SeedTest::day).max(LocalDate::compareTo)).contains(TODAY.minusDays(4));
        }
    }

    @Test
    void onlyTheLastThreeNightsCarryLifeboatsPolicyTag() {
        List<Snapshot> automated = snapshots("eu-west-3", filter("tag:Type", "Automated"));
        Instant lifeboatSince = NOW.minus(Duration.ofDays(3));

        assertThat(automated).allSatisfy(s -> assertThat(tags(s.tags()).containsKey("lifeboat:policy"))
                .as(s.snapshotId() + " at " + s.startTime())
                .isEqualTo(s.startTime().isAfter(lifeboatSince)));
        assertThat(snapshots("eu-west-3", filter("tag:lifeboat:policy", "default")).stream()
                .map(DemoEc2SeedTest::day).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(TODAY, TODAY.minusDays(1), TODAY.minusDays(2));
    }

    @Test
    void oneStagingSnapshotFailedFiveDaysAgo() {
        List<Snapshot> failed = allSnapshots().stream().filter(s -> s.stateAsString().equals("error")).toList();

        assertThat(failed).singleElement().satisfies(s -> {
            assertThat(tags(s.tags())).containsEntry("Name", "stg-web-02");
            assertThat(day(s)).isEqualTo(TODAY.minusDays(5));
        });
        assertThat(snapshots("eu-west-3", filter("status", "error"))).hasSize(1);
    }

    // ---------------------------------------------------------------- the extras

    @Test
    void theGoldenImagePinsASnapshotDueForDeletionSoDeletingItIsRefused() {
        Image golden = ec2("eu-west-3").describeImages(r -> r.owners("self")).images().get(0);
        String pinned = golden.blockDeviceMappings().get(0).ebs().snapshotId();
        Snapshot snapshot = snapshots("eu-west-3", filter("snapshot-id", pinned)).get(0);

        assertThat(golden.name()).isEqualTo("prod-web-golden-2026-10");
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

    @Test
    void threeUntaggedManualSnapshotsOfProdApiRoot() {
        DemoFleet.Instance api = instance("prod-api-01");
        List<Snapshot> manual = snapshotsOf(api.volumes().get(0), api.region()).stream()
                .filter(s -> s.tags().isEmpty()).toList();

        assertThat(manual).extracting(Snapshot::description)
                .containsExactlyInAnyOrder("before kernel upgrade", "pre-migration to gp3", "manual backup before resize");
        assertThat(manual).allSatisfy(s -> assertThat(s.startTime())
                .isBetween(NOW.minus(Duration.ofDays(60)), NOW.minus(Duration.ofDays(20))));
    }

    @Test
    void dlmAndAwsBackupSnapshotsCarryTheirOwnersAwsTags() {
        DemoFleet.Instance db = instance("dev-db-01");
        List<Snapshot> dlm = snapshots(db.region(), filter("tag-key", "aws:dlm:lifecycle-policy-id"));
        assertThat(dlm).hasSize(5).allSatisfy(s -> {
            assertThat(s.volumeId()).isEqualTo(db.volumes().get(1).id());
            assertThat(tags(s.tags())).containsEntry("aws:dlm:lifecycle-schedule-name", "Daily")
                    .containsEntry("dlm:managed", "true");
        });

        DemoFleet.Instance analytics = instance("analytics-01");
        List<Snapshot> backup = snapshots(analytics.region(), filter("tag-key", "aws:backup:source-resource"));
        assertThat(backup).hasSize(4).allSatisfy(s -> assertThat(tags(s.tags()).get("aws:backup:source-resource"))
                .isEqualTo("arn:aws:ec2:eu-central-1:" + SandboxAccount.ACCOUNT_ID + ":volume/"
                        + analytics.volumes().get(0).id()));
        assertThat(backup.stream().map(DemoEc2SeedTest::day).sorted().toList())
                .containsExactly(TODAY.minusDays(23), TODAY.minusDays(16), TODAY.minusDays(9), TODAY.minusDays(2));
    }

    @Test
    void orphanSnapshotsNameVolumesThatNoLongerExist() {
        Set<String> volumes = ec2("eu-west-3").describeVolumes(r -> {}).volumes().stream()
                .map(Volume::volumeId).collect(Collectors.toSet());
        List<Snapshot> orphans = snapshots("eu-west-3").stream().filter(s -> !volumes.contains(s.volumeId())).toList();

        assertThat(orphans).hasSize(3);
        assertThat(orphans).filteredOn(s -> "Automated".equals(tags(s.tags()).get("Type"))).hasSize(2)
                .allSatisfy(s -> assertThat(LocalDate.parse(tags(s.tags()).get("DeleteOn"))).isAfter(TODAY.plusYears(5)));
        assertThat(orphans).allSatisfy(s -> assertThat(s.startTime())
                .isBetween(NOW.minus(Duration.ofDays(200)), NOW.minus(Duration.ofDays(40))));
    }

    @Test
    void drCopiesOfProdApiDataLiveInUsEast1() {
        DemoFleet.Instance api = instance("prod-api-01");
        Map<String, Snapshot> sources = snapshotsOf(api.volumes().get(1), api.region()).stream()
                .collect(Collectors.toMap(Snapshot::snapshotId, s -> s));
        List<Snapshot> copies = snapshots("us-east-1", filter("tag-key", "lifeboat:copy-of"));

        assertThat(copies).hasSize(7).allSatisfy(copy -> {
            Snapshot source = sources.get(tags(copy.tags()).get("lifeboat:copy-of"));
            assertThat(source).isNotNull();
            assertThat(source.startTime()).isAfter(NOW.minus(Duration.ofDays(7)));
            assertThat(copy.volumeId()).isEqualTo("vol-ffffffff");
            assertThat(copy.startTime()).isAfter(source.startTime());
            assertThat(tags(copy.tags())).containsAllEntriesOf(tags(source.tags()));
            assertThat(copy.stateAsString()).isEqualTo("completed");
        });
    }

    // ---------------------------------------------------------------- time and speed

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

    @Test
    void seedingIsFastEnoughForStartUp() {
        SandboxAccount.withDemoFleet(SandboxClock.manual(NOW));  // warm up class loading
        long started = System.nanoTime();
        SandboxAccount.withDemoFleet(SandboxClock.manual(NOW));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        // Typically ~10 ms; the bound leaves room for a busy, shared build machine.
        assertThat(took).isLessThan(Duration.ofMillis(500));
    }
}
