package io.lifeboat.aws.sandbox.ec2;

import io.lifeboat.aws.sandbox.DemoFleet;
import io.lifeboat.aws.sandbox.SandboxAccount;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The snapshots around the nightly history that make the demo account look lived in, each one a
 * case Lifeboat must handle: manual snapshots nobody tagged, snapshots another tool manages (DLM,
 * AWS Backup: aws: tags, hands off), orphans whose volume is gone, an AMI that pins a snapshot the
 * pruner wants to delete, and cross-region copies for disaster recovery.
 */
final class SnapshotExtras {

    static final String GOLDEN_IMAGE_NAME = "prod-web-golden-2026-10";
    static final String DLM_POLICY = "policy-0a1b2c3d4e5f67890";
    static final String COPY_REGION = "us-east-1";
    static final String COPY_OF_TAG = "lifeboat:copy-of";
    static final Duration COPY_WINDOW = Duration.ofDays(7);
    static final Duration COPY_DELAY = Duration.ofMinutes(20);

    private final SandboxAccount account;
    private final DemoFleet fleet;
    private final Instant now;
    private final LocalDate today;

    SnapshotExtras(SandboxAccount account, DemoFleet fleet, Instant now) {
        this.account = account;
        this.fleet = fleet;
        this.now = now;
        this.today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    /** Everything that does not depend on other snapshots' ids. */
    List<PlannedSnapshot> plan() {
        List<PlannedSnapshot> plans = new ArrayList<>();
        manual(plans);
        dlm(plans);
        awsBackup(plans);
        orphans(plans);
        return plans.stream().filter(plan -> !plan.start().isAfter(now)).toList();
    }

    /** The AMI and the copies: they name snapshots that exist only once the plans are inserted. */
    void afterInsert() {
        goldenImage();
        copies();
    }

    private void manual(List<PlannedSnapshot> plans) {
        DemoFleet.Instance api = instance("prod-api-01");
        DemoFleet.Volume root = api.volumes().get(0);
        String[] descriptions = {"before kernel upgrade", "pre-migration to gp3", "manual backup before resize"};
        int[] daysAgo = {23, 41, 58};
        for (int i = 0; i < descriptions.length; i++) {
            plans.add(new PlannedSnapshot(api.region(), root.id(), root.sizeGiB(), at(daysAgo[i], 14, 12 + i * 7), false,
                    descriptions[i], root.encrypted(), Map.of()));
        }
    }

    private void dlm(List<PlannedSnapshot> plans) {
        DemoFleet.Instance db = instance("dev-db-01");
        DemoFleet.Volume data = db.volumes().get(1);
        for (int daysAgo = 0; daysAgo < 5; daysAgo++) {
            Map<String, String> tags = new LinkedHashMap<>();
            tags.put("aws:dlm:lifecycle-policy-id", DLM_POLICY);
            tags.put("aws:dlm:lifecycle-schedule-name", "Daily");
            tags.put("dlm:managed", "true");
            plans.add(new PlannedSnapshot(db.region(), data.id(), data.sizeGiB(), at(daysAgo, 3, 4), false,
                    "Created for policy: " + DLM_POLICY + " schedule: Daily", data.encrypted(), tags));
        }
    }

    private void awsBackup(List<PlannedSnapshot> plans) {
        DemoFleet.Instance analytics = instance("analytics-01");
        DemoFleet.Volume root = analytics.volumes().get(0);
        String arn = "arn:aws:ec2:" + analytics.region() + ":" + account.accountId() + ":volume/" + root.id();
        for (int week = 0; week < 4; week++) {
            plans.add(new PlannedSnapshot(analytics.region(), root.id(), root.sizeGiB(), at(2 + week * 7, 5, 0), false,
                    "This snapshot is created by the AWS Backup service.", root.encrypted(),
                    Map.of("aws:backup:source-resource", arn)));
        }
    }

    /** Snapshots of a decommissioned instance whose volumes are long gone, and one forgotten manual one. */
    private void orphans(List<PlannedSnapshot> plans) {
        String region = "eu-west-3";
        String legacyRoot = "vol-0d1e2f3a4b5c6d7e8";
        String legacyData = "vol-09f8e7d6c5b4a3921";
        for (String[] volume : new String[][] {{legacyRoot, "/dev/xvda", "30", "190"}, {legacyData, "/dev/xvdf", "100", "120"}}) {
            int daysAgo = Integer.parseInt(volume[3]);
            Instant start = at(daysAgo, 1, 3);
            Map<String, String> tags = new LinkedHashMap<>();
            tags.put("DeleteOn", today.minusDays(daysAgo).plusDays(3650).toString());
            tags.put("Type", "Automated");
            tags.put("Name", "prod-legacy-01");
            plans.add(new PlannedSnapshot(region, volume[0], Integer.parseInt(volume[2]), start, false,
                    "prod-legacy-01 - " + volume[0] + " (" + volume[1] + ")", true, tags));
        }
        plans.add(new PlannedSnapshot(region, "vol-0aa1bb2cc3dd4ee5f", 250, at(41, 16, 45), false,
                "old reporting db before decommission", false, Map.of()));
    }

    /** An AMI built from prod-web-01's root on the night whose snapshot is due for deletion yesterday. */
    private void goldenImage() {
        DemoFleet.Instance web = instance("prod-web-01");
        DemoFleet.Volume root = web.volumes().get(0);
        String dueYesterday = today.minusDays(1).toString();
        Ec2State.of(account, web.region()).locked(s -> {
            s.snapshots.values().stream()
                    .filter(snap -> snap.volumeId.equals(root.id()))
                    .filter(snap -> dueYesterday.equals(snap.tags.asMap().get("DeleteOn")))
                    .findFirst()
                    .ifPresent(snap -> {
                        ResourceTags tags = new ResourceTags(Map.of("Name", GOLDEN_IMAGE_NAME));
                        ImageRecord image = new ImageRecord(s.nextSequence(), s.newId(ResourceKind.IMAGE),
                                GOLDEN_IMAGE_NAME, "Golden image for prod-web, built from prod-web-01",
                                snap.startTime.plus(Duration.ofHours(2)), s.accountId, null, root.device(),
                                List.of(new ImageRecord.Device(root.device(), snap.id, root.sizeGiB(), root.type(),
                                        root.encrypted())), tags);
                        s.images.put(image.id, image);
                    });
            return null;
        });
    }

    /** Lifeboat's disaster-recovery copies of prod-api-01's data snapshots, in us-east-1. */
    private void copies() {
        DemoFleet.Instance api = instance("prod-api-01");
        DemoFleet.Volume data = api.volumes().get(1);
        // Tags are read (copied) under the source region's lock, written under the destination's.
        Map<SnapshotRecord, Map<String, String>> sources = Ec2State.of(account, api.region()).locked(s -> {
            Map<SnapshotRecord, Map<String, String>> found = new LinkedHashMap<>();
            s.snapshots.values().stream()
                    .filter(snap -> snap.volumeId.equals(data.id()))
                    .filter(snap -> "Automated".equals(snap.tags.asMap().get("Type")))
                    .filter(snap -> snap.startTime.isAfter(now.minus(COPY_WINDOW)))
                    .sorted(Comparator.comparing((SnapshotRecord snap) -> snap.startTime))
                    .forEach(snap -> found.put(snap, new LinkedHashMap<>(snap.tags.asMap())));
            return found;
        });
        Ec2State.of(account, COPY_REGION).locked(s -> {
            for (Map.Entry<SnapshotRecord, Map<String, String>> entry : sources.entrySet()) {
                SnapshotRecord source = entry.getKey();
                Instant start = source.startTime.plus(COPY_DELAY);
                if (start.isAfter(now)) {
                    continue;
                }
                ResourceTags tags = new ResourceTags(entry.getValue());
                tags.putSystem(COPY_OF_TAG, source.id);
                SnapshotRecord copy = new SnapshotRecord(s.nextSequence(), s.newId(ResourceKind.SNAPSHOT),
                        SnapshotRecord.COPY_VOLUME_ID, source.volumeSize, start,
                        start.plus(Ec2Timing.snapshotDuration(source.volumeSize)), source.description, source.encrypted,
                        source.encrypted ? s.defaultKmsKeyId() : null, s.accountId, tags);
                s.snapshots.put(copy.id, copy);
            }
            return null;
        });
    }

    private Instant at(int daysAgo, int hour, int minute) {
        return today.minusDays(daysAgo).atTime(LocalTime.of(hour, minute)).toInstant(ZoneOffset.UTC);
    }

    private DemoFleet.Instance instance(String name) {
        return fleet.instances().stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The demo fleet has no " + name));
    }
}
