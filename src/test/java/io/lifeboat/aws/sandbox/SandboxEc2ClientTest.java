package io.lifeboat.aws.sandbox;

import static io.lifeboat.aws.sandbox.ec2.Ec2Assertions.assertEc2Error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeboat.aws.AwsErrors;
import io.lifeboat.aws.Problem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.AvailabilityZone;
import software.amazon.awssdk.services.ec2.model.DescribeVolumesResponse;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Region;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/** The sandbox EC2 and STS clients as callers see them: answers, errors, and calls from several threads. */
class SandboxEc2ClientTest {

    private final SandboxClock clock = SandboxClock.manual(Instant.parse("2026-11-20T10:15:00Z"));
    private final SandboxServiceClients clients = new SandboxServiceClients(SandboxAccount.empty(clock));
    private final Ec2Client ec2 = clients.ec2("eu-west-3");

    @Test
    void errorsAreBuiltLikeTheSdkBuildsThemFromAnAwsAnswer() {
        Ec2Exception error = (Ec2Exception) org.assertj.core.api.Assertions.catchThrowable(
                () -> ec2.describeVolumes(r -> r.volumeIds("vol-0123456789abcdef0")));

        assertThat(error.statusCode()).isEqualTo(400);
        assertThat(error.requestId()).isNotBlank();
        assertThat(error.awsErrorDetails().serviceName()).isEqualTo("Ec2");
        assertThat(error.awsErrorDetails().errorCode()).isEqualTo("InvalidVolume.NotFound");
        assertThat(error.getMessage()).contains("does not exist").contains("Status Code: 400");
        Problem problem = AwsErrors.describe(error);
        assertThat(problem.code()).isEqualTo("InvalidVolume.NotFound");
    }

    @Test
    void everyAnswerCarriesARequestId() {
        DescribeVolumesResponse first = ec2.describeVolumes(r -> {});
        DescribeVolumesResponse second = ec2.describeVolumes(r -> {});

        assertThat(first.responseMetadata().requestId()).isNotBlank().isNotEqualTo(second.responseMetadata().requestId());
        assertThat(ec2.createVolume(r -> r.availabilityZone("eu-west-3a").size(1)).responseMetadata().requestId())
                .isNotBlank();
        assertThat(clients.sts("eu-west-3").getCallerIdentity(r -> {}).responseMetadata().requestId()).isNotBlank();
    }

    @Test
    void stsSaysWhoTheSandboxOperatorIs() {
        GetCallerIdentityResponse who = clients.sts("eu-west-1").getCallerIdentity(r -> {});

        assertThat(who.account()).isEqualTo(SandboxAccount.ACCOUNT_ID);
        assertThat(who.arn()).isEqualTo(SandboxAccount.CALLER_ARN);
        assertThat(who.userId()).startsWith("AIDA");
    }

    @Test
    void regionsAreTheAccountsAndEachHasThreeZones() {
        assertThat(ec2.describeRegions(r -> {}).regions()).extracting(Region::regionName)
                .containsExactlyElementsOf(SandboxAccount.REGIONS);
        assertThat(ec2.describeRegions(r -> {}).regions()).extracting(Region::optInStatus)
                .containsOnly("opt-in-not-required");
        assertThat(ec2.describeRegions(r -> r.filters(Filter.builder().name("region-name").values("eu-*").build())).regions())
                .extracting(Region::regionName).containsExactly("eu-west-3", "eu-west-1", "eu-central-1");
        assertThat(clients.ec2("us-east-1").describeAvailabilityZones(r -> {}).availabilityZones())
                .extracting(AvailabilityZone::zoneName, AvailabilityZone::zoneId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("us-east-1a", "use1-az1"),
                        org.assertj.core.groups.Tuple.tuple("us-east-1b", "use1-az2"),
                        org.assertj.core.groups.Tuple.tuple("us-east-1c", "use1-az3"));
        assertEc2Error(() -> ec2.describeAvailabilityZones(r -> r.zoneNames("eu-west-3z")), "InvalidParameterValue");
    }

    @Test
    void dryRunAnswersAsAwsDoesWhenTheCallWouldHaveSucceeded() {
        assertThatThrownBy(() -> ec2.createVolume(r -> r.availabilityZone("eu-west-3a").size(1).dryRun(true)))
                .isInstanceOfSatisfying(Ec2Exception.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("DryRunOperation");
                    assertThat(e.statusCode()).isEqualTo(412);
                });
        assertThat(ec2.describeVolumes(r -> {}).volumes()).isEmpty();
    }

    @Test
    void createVolumeChecksItsParameters() {
        assertEc2Error(() -> ec2.createVolume(r -> r.size(1)), "MissingParameter");
        assertEc2Error(() -> ec2.createVolume(r -> r.availabilityZone("eu-west-3a")), "MissingParameter");
        assertEc2Error(() -> ec2.createVolume(r -> r.availabilityZone("us-east-1a").size(1)), "InvalidParameterValue");
        assertEc2Error(() -> ec2.createVolume(r -> r.availabilityZone("eu-west-3a").size(1).volumeType("st1")),
                "InvalidParameterValue");
        assertEc2Error(() -> ec2.createVolume(r -> r.availabilityZone("eu-west-3a").size(10).volumeType("io2")),
                "MissingParameter");
        assertEc2Error(() -> ec2.createVolume(r -> r.availabilityZone("eu-west-3a").size(10).volumeType("gp2").iops(300)),
                "InvalidParameterCombination");
        assertEc2Error(() -> ec2.createVolume(r -> r.availabilityZone("eu-west-3a").snapshotId("snap-0123456789abcdef0")),
                "InvalidSnapshot.NotFound");
        assertThat(ec2.describeVolumes(r -> {}).volumes()).isEmpty();
        var gp2 = ec2.createVolume(r -> r.availabilityZone("eu-west-3a").size(100));
        assertThat(gp2.volumeTypeAsString()).isEqualTo("gp2");
        assertThat(gp2.iops()).isEqualTo(300);
        assertThat(gp2.throughput()).isNull();
    }

    @Test
    void runInstancesChecksItsParameters() {
        assertEc2Error(() -> ec2.runInstances(r -> r.minCount(1).maxCount(1)), "MissingParameter");
        assertEc2Error(() -> ec2.runInstances(r -> r.imageId("ami-xyz").minCount(1).maxCount(1)), "InvalidAMIID.Malformed");
        assertEc2Error(() -> ec2.runInstances(r -> r.imageId("ami-0123456789abcdef0").minCount(2).maxCount(1)),
                "InvalidParameterValue");
        assertEc2Error(() -> ec2.runInstances(r -> r.imageId("ami-0123456789abcdef0").minCount(1).maxCount(101)),
                "InstanceLimitExceeded");
        assertEc2Error(() -> ec2.runInstances(r -> r.imageId("ami-0123456789abcdef0").minCount(1).maxCount(1)
                .tagSpecifications(TagSpecification.builder().resourceType("snapshot")
                        .tags(Tag.builder().key("a").value("b").build()).build())),
                "InvalidParameterValue");
        assertThat(ec2.describeInstances(r -> {}).reservations()).isEmpty();
    }

    @Test
    void describeImagesFindsOnlyTheAccountsOwn() {
        assertEc2Error(() -> ec2.describeImages(r -> r.imageIds("ami-0123456789abcdef0")), "InvalidAMIID.NotFound");
        assertEc2Error(() -> ec2.describeImages(r -> r.imageIds("ami-bad")), "InvalidAMIID.Malformed");
        assertThat(ec2.describeImages(r -> r.owners("self")).images()).isEmpty();
    }

    @Test
    void createTagsChangesNothingUnlessEveryResourceExists() {
        String volume = ec2.createVolume(r -> r.availabilityZone("eu-west-3a").size(1)).volumeId();

        assertEc2Error(() -> ec2.createTags(r -> r.resources(volume, "snap-0123456789abcdef0")
                .tags(Tag.builder().key("Backup").value("Yes").build())), "InvalidSnapshot.NotFound");
        assertEc2Error(() -> ec2.createTags(r -> r.resources(volume)), "MissingParameter");
        assertEc2Error(() -> ec2.deleteTags(r -> r.resources(volume).tags(Tag.builder().key("aws:x").build())),
                "InvalidParameterValue");

        assertThat(ec2.describeVolumes(r -> r.volumeIds(volume)).volumes().get(0).tags()).isEmpty();
    }

    @Test
    void deleteTagsWithoutTagsRemovesEveryUserTag() {
        String volume = ec2.createVolume(r -> r.availabilityZone("eu-west-3a").size(1)
                .tagSpecifications(TagSpecification.builder().resourceType("volume").tags(
                        Tag.builder().key("A").value("1").build(), Tag.builder().key("B").value("2").build()).build()))
                .volumeId();

        ec2.deleteTags(r -> r.resources(volume));

        assertThat(ec2.describeVolumes(r -> r.volumeIds(volume)).volumes().get(0).tags()).isEmpty();
    }

    @Test
    void regionsAreSeparate() {
        ec2.createVolume(r -> r.availabilityZone("eu-west-3a").size(1));

        assertThat(clients.ec2("eu-west-1").describeVolumes(r -> {}).volumes()).isEmpty();
        assertThat(ec2.describeVolumes(r -> {}).volumes()).hasSize(1);
    }

    @Test
    void concurrentCallsLoseNothingAndNeverShareAnId() throws Exception {
        String volume = ec2.createVolume(r -> r.availabilityZone("eu-west-3a").size(1)).volumeId();
        int threads = 8;
        // Each thread snapshots its own volume, one snapshot completed before the next: EC2 allows five in progress.
        List<String> own = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            own.add(ec2.createVolume(r -> r.availabilityZone("eu-west-3a").size(1)).volumeId());
        }
        clock.advance(java.time.Duration.ofSeconds(5));
        int perThread = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        Set<String> ids = ConcurrentHashMap.newKeySet();
        List<Future<?>> work = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                int thread = t;
                work.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        clock.advance(java.time.Duration.ofSeconds(16));
                        ids.add(ec2.createSnapshot(r -> r.volumeId(own.get(thread))).snapshotId());
                        Tag tag = Tag.builder().key("t" + thread).value(Integer.toString(i)).build();
                        ec2.createTags(r -> r.resources(volume).tags(tag));
                        ec2.describeSnapshotsPaginator(r -> r.maxResults(5)).snapshots().stream().count();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : work) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(ids).hasSize(threads * perThread);
        assertThat(ec2.describeSnapshots(r -> {}).snapshots()).hasSize(threads * perThread);
        assertThat(ec2.describeVolumes(r -> r.volumeIds(volume)).volumes().get(0).tags()).hasSize(threads)
                .allSatisfy(tag -> assertThat(tag.value()).isEqualTo(Integer.toString(perThread - 1)));
    }
}
