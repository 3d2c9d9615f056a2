package io.lifeboat.cli;

import static io.lifeboat.testing.Fleet.tags;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.lifeboat.aws.Connection;
import io.lifeboat.inventory.Tags;
import io.lifeboat.testing.ContractTest;
import io.lifeboat.testing.Fleet;
import io.lifeboat.testing.LifeboatProcess;
import io.lifeboat.testing.MotoExtension.Moto;
import io.lifeboat.testing.MotoFront;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ec2.model.Snapshot;

/**
 * {@code lifeboat backup run} as cron and a person start it: the packaged jar, a clean environment with
 * exported keys, EC2 on Moto behind a front that answers slowly (a quarter of a second a request), so that a
 * short time budget cannot cover the night.
 */
@ContractTest
class BackupRunProcessIT {

    private static final String REGION = "eu-west-3";
    private static final int INSTANCES = 12;

    @TempDir
    Path home;

    private MotoFront front;
    private Connection moto;
    private List<String> covered;
    private LifeboatProcess lifeboat;

    @BeforeEach
    void fleet(Moto server) {
        moto = server.connect(REGION);
        Fleet fleet = new Fleet(moto.clients().ec2(REGION), REGION);
        covered = moto.clients().ec2(REGION).runInstances(r -> r.imageId(Fleet.AMI).instanceType("t3.micro")
                        .minCount(INSTANCES).maxCount(INSTANCES).tagSpecifications(t -> t.resourceType("instance")
                                .tags(Tags.toSdk(tags("Backup", "Yes"))))).instances().stream()
                .map(i -> fleet.rootVolume(i.instanceId())).toList();
        front = MotoFront.start(server.server().endpoint()).latency(Duration.ofMillis(250));
        lifeboat = new LifeboatProcess(home)
                .env("AWS_ACCESS_KEY_ID", "testing").env("AWS_SECRET_ACCESS_KEY", "testing")
                .env("AWS_ENDPOINT_URL_EC2", front.endpoint().toString())
                .env("AWS_ENDPOINT_URL_STS", server.server().endpoint().toString())
                .env("AWS_EC2_METADATA_DISABLED", "true");
    }

    @AfterEach
    void close() {
        moto.close();
        front.close();
    }

    private Map<String, Long> snapshotsPerVolume() {
        return moto.clients().ec2(REGION).describeSnapshots(r -> r.ownerIds("self")).snapshots().stream()
                .collect(Collectors.groupingBy(Snapshot::volumeId, Collectors.counting()));
    }

    /** Exit 5 with what is left named; the next run does the rest, and every volume has exactly one snapshot. */
    @Test
    void aRunStoppedByItsTimeBudgetExitsFiveAndTheNextRunFinishesTheNight() {
        LifeboatProcess.Result first = lifeboat.run("backup", "run", "--region", REGION, "--yes", "--time-budget", "2s");

        assertThat(first.exit()).as(first.err()).isEqualTo(ExitCodes.STOPPED_BY_BUDGET);
        assertThat(first.err()).contains("lifeboat: backup: stopped by the time budget with").contains("left (")
                .contains("run again to continue");
        assertThat(first.out()).contains("left");
        long madeFirst = snapshotsPerVolume().values().stream().mapToLong(Long::longValue).sum();
        assertThat(madeFirst).as("snapshots made before the budget ran out").isLessThan(INSTANCES);
        assertThat(first.out() + first.err()).as("no progress line without a terminal").doesNotContain("\r")
                .doesNotContain("snapshotting");

        LifeboatProcess.Result second = lifeboat.run("backup", "run", "--region", REGION, "--yes");

        assertThat(second.exit()).as(second.err()).isZero();
        Map<String, Long> perVolume = snapshotsPerVolume();
        covered.forEach(v -> assertThat(perVolume.get(v)).as("snapshots of " + v).isEqualTo(1L));
        assertThat(perVolume).hasSize(INSTANCES);
    }

    /** At a terminal, each region's progress on one line redrawn in place, cleared before the report. */
    @Test
    void atATerminalTheRunShowsEachRegionsProgressOnOneLine() {
        assumeThat(LifeboatProcess.terminalAvailable()).as("script(1) gives the process a terminal").isTrue();

        LifeboatProcess.Result run = lifeboat.runOnTerminal(List.of(), "backup", "run", "--region", REGION, "--yes");

        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out()).contains("\r" + REGION + " ").contains("/" + INSTANCES + " snapshotting")
                .contains(INSTANCES + "/" + INSTANCES + " done");
    }
}
