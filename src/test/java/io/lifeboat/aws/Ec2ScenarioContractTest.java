package io.lifeboat.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.testing.ContractTest;
import io.lifeboat.testing.MotoExtension.Moto;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.CreateSnapshotsResponse;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.SnapshotInfo;

/**
 * The EC2 scenarios against Moto: the check that the sandbox's answers have the shape AWS's have.
 *
 * <p>The {@code motoGap...} tests pin where Moto 5.2.1 falls short of AWS, so the shared scenarios
 * know what they may not assert and so we notice when Moto catches up (the pin then fails). Each
 * names the sandbox test that covers the real behaviour instead. They do not pass off a gap as
 * working: they assert Moto's wrong answer, by name.
 */
@ContractTest
class Ec2ScenarioContractTest extends Ec2ScenarioTest {

    @BeforeEach
    void connect(Moto moto) {
        connection = moto.connect(REGION);
    }

    /** Moto has no clock: snapshots complete, volumes become available and instances run at once. */
    @Override
    protected void letTimePass() {
    }

    /** Covered by {@link Ec2ScenarioSandboxTest#pagesFollowMaxResults}. */
    @Test
    void motoGapVolumesAndSnapshotsIgnoreMaxResults() {
        List<String> volumes = IntStream.range(0, 7).mapToObj(i -> createVolume(ZONE, 1, Map.of())).toList();
        IntStream.range(0, 6).forEach(i -> ec2().createSnapshot(r -> r.volumeId(volumes.get(0))));

        assertThat(ec2().describeVolumes(r -> r.maxResults(PAGE)).volumes()).hasSize(7);
        assertThat(ec2().describeVolumes(r -> r.maxResults(PAGE)).nextToken()).isNull();
        assertThat(ec2().describeSnapshots(r -> r.maxResults(PAGE)).snapshots()).hasSize(6);
    }

    /** Covered by {@link Ec2ScenarioSandboxTest#ownerIdsOfAnotherOwnerFindNoneOfTheAccountsSnapshots}. */
    @Test
    void motoGapOwnerIdsIsIgnored() {
        String volume = createVolume(ZONE, 1, Map.of());
        ec2().createSnapshot(r -> r.volumeId(volume));

        assertThat(ec2().describeSnapshots(r -> r.ownerIds("amazon")).snapshots()).hasSize(1);
    }

    /** Covered by {@link Ec2ScenarioSandboxTest#createSnapshotsExcludesADataVolumeByIdCopiesVolumeTagsAndStartsPending}. */
    @Test
    void motoGapCreateSnapshotsIgnoresExcludeDataVolumeIdsAndCopyTagsAndHasNoState() {
        String instance = launch("db-01", Map.of());
        String data = createVolume(ZONE, 5, Map.of("Backup", "Yes"));
        String scratch = createVolume(ZONE, 5, Map.of());
        attach(data, instance, "/dev/sdf");
        attach(scratch, instance, "/dev/sdg");

        CreateSnapshotsResponse made = ec2().createSnapshots(r -> r
                .instanceSpecification(s -> s.instanceId(instance).excludeBootVolume(true).excludeDataVolumeIds(scratch))
                .copyTagsFromSource("volume"));

        assertThat(made.snapshots()).extracting(SnapshotInfo::volumeId).contains(scratch);
        assertThat(made.snapshots()).allSatisfy(info -> {
            assertThat(info.tags()).isEmpty();
            assertThat(info.state()).isNull();
        });
    }

    /** Covered by {@link Ec2ScenarioSandboxTest#aSnapshotIsPendingWithGrowingProgressUntilItCompletes}. */
    @Test
    void motoGapNothingIsEverPending() {
        String volume = ec2().createVolume(r -> r.availabilityZone(ZONE).size(500)).volumeId();
        String snapshot = ec2().createSnapshot(r -> r.volumeId(volume)).snapshotId();

        assertThat(volumes(filter("volume-id", volume)).get(0).stateAsString()).isEqualTo("available");
        assertThat(snapshots(filter("snapshot-id", snapshot)).get(0).stateAsString()).isEqualTo("completed");
    }

    /** Covered by {@link Ec2ScenarioSandboxTest#instanceAvailabilityZoneFilter}. */
    @Test
    void motoGapInstanceAvailabilityZoneFilterMatchesNothing() {
        launch("web-01", Map.of());

        assertThat(instanceIds(filter("availability-zone", ZONE))).isEmpty();
    }

    /** Covered by {@link Ec2ScenarioSandboxTest#attachVolumeChecksStateZoneAndAttachmentPoint}. */
    @Test
    void motoGapAttachVolumeChecksNeitherZoneNorAttachmentPoint() {
        String instance = launch("app-01", Map.of());
        String first = createVolume(ZONE, 1, Map.of());
        String elsewhere = createVolume(OTHER_ZONE, 1, Map.of());
        attach(first, instance, "/dev/sdf");

        ec2().attachVolume(r -> r.volumeId(elsewhere).instanceId(instance).device("/dev/sdf"));

        assertThat(volumeIds(filter("attachment.device", "/dev/sdf"))).containsExactlyInAnyOrder(first, elsewhere);
    }

    /** Covered by {@link Ec2ScenarioSandboxTest#tagRulesAreEnforced}. */
    @Test
    void motoGapTagRulesAreNotEnforced() {
        String volume = ec2().createVolume(r -> r.availabilityZone(ZONE).size(1)
                .tagSpecifications(spec(ResourceType.SNAPSHOT, Map.of("a", "b")))).volumeId();

        ec2().createTags(r -> r.resources(volume).tags(tag("aws:backup", "x")));

        assertThat(tagMap(volumes(filter("volume-id", volume)).get(0).tags())).containsEntry("aws:backup", "x");
    }
}
