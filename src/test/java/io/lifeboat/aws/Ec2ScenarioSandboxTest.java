package io.lifeboat.aws;

import io.lifeboat.aws.guard.GuardedServiceClients;
import io.lifeboat.aws.sandbox.SandboxAccount;
import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.aws.sandbox.SandboxServiceClients;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Snapshot;
import software.amazon.awssdk.services.ec2.model.SnapshotInfo;
import software.amazon.awssdk.services.ec2.model.Tag;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The EC2 scenarios on an empty sandbox account, through the same guarded connection the app uses;
 * plus what only the sandbox honours of AWS's behaviour, each with the Moto gap it covers for
 * (pinned in {@link Ec2ScenarioContractTest}).
 */
class Ec2ScenarioSandboxTest extends Ec2ScenarioTest {

    private final SandboxClock clock = SandboxClock.manual(Instant.parse("2026-11-20T10:15:00Z"));

    @BeforeEach
    void connect() {
        connection = Connector.builder()
                .sandbox(spec -> new SandboxServiceClients(SandboxAccount.empty(clock)))
                .build()
                .connect(ConnectionSpec.sandbox(REGION, false));
    }

    /** Longer than any sandbox transition (the longest, a big snapshot, takes 3 minutes). */
    @Override
    protected void letTimePass() {
        clock.advance(Duration.ofMinutes(5));
    }

    // Moto: the availability-zone filter never matches an instance.
    @Test
    void instanceAvailabilityZoneFilter() {
        String a = launch("web-01", Map.of());
        String b = launchIn(OTHER_ZONE, "t3.micro", "web-02", Map.of());

        assertThat(instanceIds(filter("availability-zone", ZONE))).containsExactly(a);
        assertThat(instanceIds(filter("availability-zone", "eu-west-3?"))).containsExactly(a, b);
    }

    // Moto: MaxResults is ignored for volumes and snapshots (always one page).
    @Test
    void pagesFollowMaxResults() {
        IntStream.range(0, 7).forEach(i -> launch("web-0" + i, Map.of()));
        // Two volumes: EC2 allows five snapshots in progress per volume.
        String volume = createVolume(ZONE, 10, Map.of());
        String other = createVolume(ZONE, 10, Map.of());
        IntStream.range(0, 6).forEach(i -> ec2().createSnapshot(r -> r.volumeId(i % 2 == 0 ? volume : other)));

        assertThat(ec2().describeInstancesPaginator(r -> r.maxResults(5)).stream().count()).isEqualTo(2);
        assertThat(ec2().describeVolumesPaginator(r -> r.maxResults(5)).stream().count()).isEqualTo(2);
        assertThat(ec2().describeVolumesPaginator(r -> r.maxResults(500)).stream().count()).isEqualTo(1);
        assertThat(ec2().describeSnapshotsPaginator(r -> r.maxResults(5)).stream().count()).isEqualTo(2);
        assertThat(ec2().describeSnapshots(r -> r.maxResults(5)).nextToken()).isNotNull();
        assertThat(ec2().describeSnapshots(r -> {}).nextToken()).isNull();
    }

    // Moto: no MaxResults range checks, no InvalidParameterCombination for volumes/snapshots, a bad token is a 500.
    @Test
    void maxResultsOutOfRangeWithIdsOrWithABadTokenIsRefused() {
        String volume = createVolume(ZONE, 10, Map.of());

        assertEc2Error(() -> ec2().describeVolumes(r -> r.maxResults(4)), "InvalidParameterValue");
        assertEc2Error(() -> ec2().describeInstances(r -> r.maxResults(1001)), "InvalidParameterValue");
        assertEc2Error(() -> ec2().describeSnapshots(r -> r.maxResults(0)), "InvalidParameterValue");
        assertEc2Error(() -> ec2().describeVolumes(r -> r.volumeIds(volume).maxResults(5)), "InvalidParameterCombination");
        assertEc2Error(() -> ec2().describeInstances(r -> r.instanceIds(MISSING_INSTANCE).maxResults(5)),
                "InvalidParameterCombination");
        assertEc2Error(() -> ec2().describeVolumes(r -> r.maxResults(5).nextToken("garbage")), "InvalidParameterValue");
        // Above the maximum, volumes and snapshots quietly cap the page, as the API reference says.
        assertThat(ec2().describeVolumes(r -> r.maxResults(1000)).volumes()).hasSize(1);
        assertThat(ec2().describeSnapshots(r -> r.maxResults(5000)).snapshots()).isEmpty();
    }

    // Moto: OwnerIds is ignored.
    @Test
    void ownerIdsOfAnotherOwnerFindNoneOfTheAccountsSnapshots() {
        String volume = createVolume(ZONE, 10, Map.of());
        String snapshot = ec2().createSnapshot(r -> r.volumeId(volume)).snapshotId();

        assertThat(ec2().describeSnapshots(r -> r.ownerIds("amazon")).snapshots()).isEmpty();
        assertThat(ec2().describeSnapshots(r -> r.ownerIds("999988887777")).snapshots()).isEmpty();
        assertThat(ec2().describeSnapshots(r -> r.ownerIds(accountId())).snapshots())
                .extracting(Snapshot::snapshotId).containsExactly(snapshot);
        assertThat(ec2().describeSnapshots(r -> {}).snapshots()).extracting(Snapshot::snapshotId).containsExactly(snapshot);
    }

    // Moto: CreateSnapshots ignores ExcludeDataVolumeIds and CopyTagsFromSource, and its answer has no State.
    @Test
    void createSnapshotsExcludesADataVolumeByIdCopiesVolumeTagsAndStartsPending() {
        String instance = launch("db-01", Map.of());
        String data = createVolume(ZONE, 50, Map.of("Name", "db-01-data", "Backup", "Yes"));
        String scratch = createVolume(ZONE, 20, Map.of("Name", "db-01-scratch"));
        attach(data, instance, "/dev/sdf");
        attach(scratch, instance, "/dev/sdg");

        List<SnapshotInfo> made = ec2().createSnapshots(r -> r
                .instanceSpecification(s -> s.instanceId(instance).excludeDataVolumeIds(scratch))
                .copyTagsFromSource("volume")
                .tagSpecifications(snapshotTags(Map.of("Type", "Automated", "Name", "db-01")))).snapshots();

        assertThat(made).extracting(SnapshotInfo::volumeId).containsExactlyInAnyOrder(rootVolumeOf(instance), data);
        SnapshotInfo dataSnapshot = made.stream().filter(s -> s.volumeId().equals(data)).findFirst().orElseThrow();
        // Tags given at creation win over the volume's own.
        assertThat(tagMap(dataSnapshot.tags())).isEqualTo(Map.of("Name", "db-01", "Backup", "Yes", "Type", "Automated"));
        assertThat(made).extracting(SnapshotInfo::stateAsString).containsOnly("pending");
    }

    // Moto: everything is completed at once.
    @Test
    void aSnapshotIsPendingWithGrowingProgressUntilItCompletes() {
        String volume = createVolume(ZONE, 100, Map.of());
        String snapshot = ec2().createSnapshot(r -> r.volumeId(volume)).snapshotId();

        assertThat(snapshotIds(filter("status", "pending"))).containsExactly(snapshot);
        clock.advance(Duration.ofSeconds(12));
        assertThat(snapshots(filter("progress", "4?%")).get(0).stateAsString()).isEqualTo("pending");
        clock.advance(Duration.ofSeconds(13));
        assertThat(snapshotIds(filter("status", "completed"))).containsExactly(snapshot);
    }

    // Moto: CopySnapshot ignores TagSpecifications and keeps the source's volume id.
    @Test
    void aCopyIsPendingCarriesItsTagsAndNamesNoVolume() {
        String volume = createVolume(ZONE, 10, Map.of());
        String source = ec2().createSnapshot(r -> r.volumeId(volume)).snapshotId();
        assertEc2Error(() -> connection.clients().ec2("us-east-1")
                .copySnapshot(r -> r.sourceRegion(REGION).sourceSnapshotId(source)), "IncorrectState");
        letTimePass();
        Ec2Client destination = connection.clients().ec2("us-east-1");

        String copy = destination.copySnapshot(r -> r.sourceRegion(REGION).sourceSnapshotId(source)
                .tagSpecifications(snapshotTags(Map.of("lifeboat:copy-of", source)))).snapshotId();

        Snapshot pending = destination.describeSnapshots(r -> r.snapshotIds(copy)).snapshots().get(0);
        assertThat(pending.stateAsString()).isEqualTo("pending");
        assertThat(pending.volumeId()).isEqualTo("vol-ffffffff");
        assertThat(pending.description()).isEqualTo("[Copied " + source + " from " + REGION + "]");
        assertThat(tagMap(pending.tags())).isEqualTo(Map.of("lifeboat:copy-of", source));
        letTimePass();
        assertThat(destination.describeSnapshots(r -> r.snapshotIds(copy)).snapshots().get(0).stateAsString())
                .isEqualTo("completed");
        assertEc2Error(() -> destination.copySnapshot(r -> r.sourceRegion(REGION).sourceSnapshotId(MISSING_SNAPSHOT)),
                "InvalidSnapshot.NotFound");
    }

    // Moto: NotFound messages differ ('{'vol-x'}', none for snapshots) and malformed ids are simply not found.
    @Test
    void missingAndMalformedIdsAreNamedAsAwsNamesThem() {
        assertThat(errorOf(() -> ec2().describeVolumes(r -> r.volumeIds(MISSING_VOLUME))).awsErrorDetails().errorMessage())
                .isEqualTo("The volume '" + MISSING_VOLUME + "' does not exist.");
        assertThat(errorOf(() -> ec2().describeSnapshots(r -> r.snapshotIds(MISSING_SNAPSHOT))).awsErrorDetails()
                .errorMessage()).isEqualTo("The snapshot '" + MISSING_SNAPSHOT + "' does not exist.");
        assertThat(errorOf(() -> ec2().describeInstances(r -> r.instanceIds(MISSING_INSTANCE))).awsErrorDetails()
                .errorMessage()).isEqualTo("The instance ID '" + MISSING_INSTANCE + "' does not exist");
        assertEc2Error(() -> ec2().describeVolumes(r -> r.volumeIds("vol-xyz")), "InvalidVolumeID.Malformed");
        assertEc2Error(() -> ec2().describeSnapshots(r -> r.snapshotIds("snap-12")), "InvalidSnapshotID.Malformed");
        assertEc2Error(() -> ec2().describeInstances(r -> r.instanceIds("i-NOTHEX00")), "InvalidInstanceID.Malformed");
        assertEc2Error(() -> ec2().createTags(r -> r.resources("sg-12345678").tags(tag("a", "b"))), "InvalidID");
        assertEc2Error(() -> ec2().describeVolumes(r -> r.filters(filter("colour", "red"))), "InvalidParameterValue");
    }

    // Moto: AttachVolume checks neither the attachment point nor the zone, and attaches at once.
    @Test
    void attachVolumeChecksStateZoneAndAttachmentPoint() {
        String instance = launch("app-01", Map.of());
        String first = createVolume(ZONE, 10, Map.of());
        String elsewhere = createVolume(OTHER_ZONE, 10, Map.of());
        String fresh = ec2().createVolume(r -> r.availabilityZone(ZONE).size(10)).volumeId();

        assertEc2Error(() -> ec2().attachVolume(r -> r.volumeId(fresh).instanceId(instance).device("/dev/sdh")),
                "IncorrectState");
        ec2().attachVolume(r -> r.volumeId(first).instanceId(instance).device("/dev/sdf"));
        assertThat(volumes(filter("volume-id", first)).get(0).attachments().get(0).stateAsString()).isEqualTo("attaching");
        letTimePass();
        assertThat(volumes(filter("volume-id", first)).get(0).attachments().get(0).stateAsString()).isEqualTo("attached");
        assertEc2Error(() -> ec2().attachVolume(r -> r.volumeId(fresh).instanceId(instance).device("/dev/sdf")),
                "InvalidParameterValue");
        assertEc2Error(() -> ec2().attachVolume(r -> r.volumeId(elsewhere).instanceId(instance).device("/dev/sdg")),
                "InvalidVolume.ZoneMismatch");
        assertEc2Error(() -> ec2().attachVolume(r -> r.volumeId(first).instanceId(instance).device("/dev/sdg")),
                "VolumeInUse");
        assertThat(errorOf(() -> ec2().attachVolume(r -> r.volumeId(fresh).instanceId(instance).device("/dev/sdf")))
                .awsErrorDetails().errorMessage()).isEqualTo("Attachment point /dev/sdf is already in use");
    }

    // Moto: DetachVolume completes at once.
    @Test
    void detachingTakesAMomentThenTheVolumeIsAvailable() {
        String instance = launch("app-01", Map.of());
        String data = createVolume(ZONE, 10, Map.of());
        attach(data, instance, "/dev/sdf");

        ec2().detachVolume(r -> r.volumeId(data));

        assertThat(volumes(filter("attachment.status", "detaching"))).extracting(v -> v.volumeId()).containsExactly(data);
        assertEc2Error(() -> ec2().deleteVolume(r -> r.volumeId(data)), "VolumeInUse");
        letTimePass();
        assertThat(volumeIds(filter("status", "available"))).containsExactly(data);
        assertEc2Error(() -> ec2().detachVolume(r -> r.volumeId(data)), "IncorrectState");
        assertEc2Error(() -> ec2().detachVolume(r -> r.volumeId(rootVolumeOf(instance))), "IncorrectState");
        ec2().deleteVolume(r -> r.volumeId(data));
        assertThat(volumeIds(filter("volume-id", data))).isEmpty();
    }

    // Moto: accepts aws: keys, any TagSpecifications resource type, and more than 50 tags.
    @Test
    void tagRulesAreEnforced() {
        String volume = createVolume(ZONE, 10, Map.of("Backup", "Yes"));

        assertEc2Error(() -> ec2().createTags(r -> r.resources(volume).tags(tag("aws:backup", "x"))), "InvalidParameterValue");
        assertEc2Error(() -> ec2().createVolume(r -> r.availabilityZone(ZONE).size(1)
                .tagSpecifications(spec(ResourceType.SNAPSHOT, Map.of("a", "b")))), "InvalidParameterValue");
        List<Tag> fifty = IntStream.range(0, 50).mapToObj(i -> tag("k" + i, "v")).toList();
        assertEc2Error(() -> ec2().createTags(r -> r.resources(volume).tags(fifty)), "TagLimitExceeded");
        assertThat(tagMap(volumes(filter("volume-id", volume)).get(0).tags())).isEqualTo(Map.of("Backup", "Yes"));
    }

    // Moto: an empty value in DeleteTags is not told apart from "any value".
    @Test
    void deleteTagsWithAnEmptyValueOnlyRemovesAnEmptyValue() {
        String volume = createVolume(ZONE, 10, Map.of("Backup", "Yes", "Owner", ""));

        ec2().deleteTags(r -> r.resources(volume).tags(tag("Backup", ""), tag("Owner", "")));

        assertThat(tagMap(volumes(filter("volume-id", volume)).get(0).tags())).isEqualTo(Map.of("Backup", "Yes"));
    }

    // Moto: instances are running at once; the sandbox shows pending for a few seconds, as AWS does.
    @Test
    void aNewInstanceIsPendingThenRunning() {
        String instance = launch("web-01", Map.of());

        assertThat(instanceIds(filter("instance-state-name", "pending"))).containsExactly(instance);
        letTimePass();
        assertThat(instanceIds(filter("instance-state-name", "running"))).containsExactly(instance);
    }

    // Not a Moto gap: the guarded clients list the operations Lifeboat makes; any other is never sent.
    @Test
    void anOperationLifeboatDoesNotMakeIsNeverSent() {
        String instance = launch("web-01", Map.of());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ec2().stopInstances(r -> r.instanceIds(instance)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(AwsErrors.describe(new UnsupportedOperationException()).kind()).isEqualTo(Problem.Kind.UNSUPPORTED);
        assertThat(AwsErrors.describe(new UnsupportedOperationException()).message()).contains("was not sent");
        assertThat(instanceIds(filter("instance-state-name", "pending", "running"))).containsExactly(instance);
    }

    // Not a Moto gap: an operation the guarded clients list (so it is guarded, counted, audited) but the
    // sandbox does not implement (STS AssumeRole) fails by name, and the user reads which one and where.
    @Test
    void anOperationTheSandboxDoesNotImplementIsReportedAsNotAvailable() {
        ServiceClients clients = new GuardedServiceClients(new SandboxServiceClients(
                SandboxAccount.empty(SandboxClock.manual(Instant.EPOCH))), List.of());

        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> clients.sts("eu-west-3")
                .assumeRole(r -> r.roleArn("arn:aws:iam::111122223333:role/ops").roleSessionName("lifeboat")));

        assertThat(refused).isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("sts:AssumeRole is not available on this account");
        Problem problem = AwsErrors.describe(refused);
        assertThat(problem.kind()).isEqualTo(Problem.Kind.UNSUPPORTED);
        assertThat(problem.message()).isEqualTo("sts:AssumeRole is not available on this account");
    }

    private static Ec2Exception errorOf(Runnable call) {
        try {
            call.run();
        } catch (Ec2Exception e) {
            return e;
        }
        throw new AssertionError("expected an Ec2Exception");
    }
}
