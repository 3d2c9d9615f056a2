package io.lifeboat.aws.sandbox.ec2;

import io.lifeboat.aws.sandbox.SandboxAccount;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import software.amazon.awssdk.services.ec2.model.CopySnapshotRequest;
import software.amazon.awssdk.services.ec2.model.CopySnapshotResponse;
import software.amazon.awssdk.services.ec2.model.CreateSnapshotRequest;
import software.amazon.awssdk.services.ec2.model.CreateSnapshotResponse;
import software.amazon.awssdk.services.ec2.model.CreateSnapshotsRequest;
import software.amazon.awssdk.services.ec2.model.CreateSnapshotsResponse;
import software.amazon.awssdk.services.ec2.model.DeleteSnapshotRequest;
import software.amazon.awssdk.services.ec2.model.DeleteSnapshotResponse;
import software.amazon.awssdk.services.ec2.model.DescribeSnapshotsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSnapshotsResponse;
import software.amazon.awssdk.services.ec2.model.InstanceSpecification;
import software.amazon.awssdk.services.ec2.model.Snapshot;
import software.amazon.awssdk.services.ec2.model.SnapshotInfo;
import software.amazon.awssdk.services.ec2.model.Tag;

/** DescribeSnapshots, CreateSnapshot(s), DeleteSnapshot and CopySnapshot on one region's state. */
public final class SnapshotOperations {

    private final SandboxAccount account;
    private final Ec2State state;

    public SnapshotOperations(SandboxAccount account, Ec2State state) {
        this.account = account;
        this.state = state;
    }

    public DescribeSnapshotsResponse describe(DescribeSnapshotsRequest request) {
        boolean ids = request.hasSnapshotIds() && !request.snapshotIds().isEmpty();
        Paging.validate(Paging.SNAPSHOTS, request.maxResults(), ids, "snapshotSet");
        Lookups.requireWellFormed(ResourceKind.SNAPSHOT, request.snapshotIds());
        Predicate<Snapshot> filter = Ec2Filters.SNAPSHOTS.compile(request.filters());
        return state.locked(s -> {
            Instant now = s.now();
            Collection<SnapshotRecord> records = ids
                    ? Lookups.requireAll(ResourceKind.SNAPSHOT, request.snapshotIds(), s.snapshots)
                    : s.snapshots.values();
            // The sandbox has no public or shared snapshots: only asking for the account's own gets any.
            boolean ours = (!request.hasOwnerIds() || mentionsSelf(request.ownerIds(), s.accountId))
                    && (!request.hasRestorableByUserIds() || mentionsSelf(request.restorableByUserIds(), s.accountId));
            List<SnapshotRecord> candidates = ours ? List.copyOf(records) : List.of();
            Paging.Page<SnapshotRecord> page = Paging.page(Paging.SNAPSHOTS, candidates, r -> r.sequence,
                    r -> filter.test(Ec2Views.snapshot(r, now)), request.maxResults(), request.nextToken());
            return Lookups.withMetadata(DescribeSnapshotsResponse.builder()
                    .snapshots(page.items().stream().map(r -> Ec2Views.snapshot(r, now)).toList())
                    .nextToken(page.nextToken())).build();
        });
    }

    public CreateSnapshotResponse create(CreateSnapshotRequest request) {
        Ec2Errors.checkDryRun(request.dryRun());
        String volumeId = Lookups.require(request.volumeId(), "VolumeId");
        TagSpecs tags = TagSpecs.parse(request.tagSpecifications(), Set.of("snapshot"));
        return state.locked(s -> {
            VolumeRecord volume = Lookups.require(ResourceKind.VOLUME, volumeId, s.volumes);
            checkSnapshottable(volume, s.now());
            checkPendingLimit(s, volume);
            SnapshotRecord snapshot = snapshotOf(s, volume, request.description(), tags.tagsFor("snapshot"));
            Snapshot view = Ec2Views.snapshot(snapshot, s.now());
            return Lookups.withMetadata(CreateSnapshotResponse.builder()
                    .snapshotId(view.snapshotId()).volumeId(view.volumeId()).volumeSize(view.volumeSize())
                    .startTime(view.startTime()).state(view.state()).progress(view.progress())
                    .ownerId(view.ownerId()).description(view.description()).encrypted(view.encrypted())
                    .kmsKeyId(view.kmsKeyId()).storageTier(view.storageTier()).tags(view.tags())).build();
        });
    }

    public CreateSnapshotsResponse createForInstance(CreateSnapshotsRequest request) {
        Ec2Errors.checkDryRun(request.dryRun());
        InstanceSpecification spec = request.instanceSpecification();
        if (spec == null || spec.instanceId() == null) {
            throw Ec2Errors.missingParameter("The request must contain the parameter InstanceSpecification.InstanceId");
        }
        Lookups.requireWellFormed(ResourceKind.VOLUME, spec.excludeDataVolumeIds());
        TagSpecs tags = TagSpecs.parse(request.tagSpecifications(), Set.of("snapshot"));
        boolean copyVolumeTags = "volume".equals(request.copyTagsFromSourceAsString());
        return state.locked(s -> {
            Instant now = s.now();
            InstanceRecord instance = Lookups.require(ResourceKind.INSTANCE, spec.instanceId(), s.instances);
            Lookups.requireAll(ResourceKind.VOLUME, spec.excludeDataVolumeIds(), s.volumes);
            List<VolumeRecord> volumes = s.volumesByInstance(now).getOrDefault(instance.id, List.of()).stream()
                    .filter(v -> !(Boolean.TRUE.equals(spec.excludeBootVolume())
                            && v.attachment.device.equals(instance.rootDeviceName)))
                    .filter(v -> !spec.excludeDataVolumeIds().contains(v.id)
                            || v.attachment.device.equals(instance.rootDeviceName))
                    .toList();
            List<ResourceTags> tagSets = new ArrayList<>();
            for (VolumeRecord volume : volumes) {
                checkSnapshottable(volume, now);
                checkPendingLimit(s, volume);
                ResourceTags snapshotTags = new ResourceTags();
                if (copyVolumeTags) {
                    volume.tags.asMap().forEach((key, value) -> {
                        if (!key.startsWith("aws:")) {
                            snapshotTags.putSystem(key, value);
                        }
                    });
                }
                List<Tag> requested = tags.forType("snapshot");
                snapshotTags.checkLimit(requested);
                snapshotTags.put(requested);
                tagSets.add(snapshotTags);
            }
            List<SnapshotInfo> infos = new ArrayList<>();
            for (int i = 0; i < volumes.size(); i++) {
                SnapshotRecord snapshot = snapshotOf(s, volumes.get(i), request.description(), tagSets.get(i));
                Snapshot view = Ec2Views.snapshot(snapshot, now);
                infos.add(SnapshotInfo.builder()
                        .snapshotId(view.snapshotId()).volumeId(view.volumeId()).volumeSize(view.volumeSize())
                        .startTime(view.startTime()).state(view.state()).progress(view.progress())
                        .ownerId(view.ownerId()).description(view.description()).encrypted(view.encrypted())
                        .tags(view.tags()).build());
            }
            return Lookups.withMetadata(CreateSnapshotsResponse.builder().snapshots(infos)).build();
        });
    }

    public DeleteSnapshotResponse delete(DeleteSnapshotRequest request) {
        Ec2Errors.checkDryRun(request.dryRun());
        String snapshotId = Lookups.require(request.snapshotId(), "SnapshotId");
        return state.locked(s -> {
            Lookups.require(ResourceKind.SNAPSHOT, snapshotId, s.snapshots);
            s.images.values().stream().filter(image -> image.uses(snapshotId)).findFirst().ifPresent(image -> {
                throw Ec2Errors.error("InvalidSnapshot.InUse", "The snapshot " + snapshotId
                        + " is currently in use by " + image.id);
            });
            s.snapshots.remove(snapshotId);
            return Lookups.withMetadata(DeleteSnapshotResponse.builder()).build();
        });
    }

    /** Copies into this client's region (the destination), from {@code SourceRegion}. */
    public CopySnapshotResponse copy(CopySnapshotRequest request) {
        Ec2Errors.checkDryRun(request.dryRun());
        String sourceRegion = Lookups.require(request.sourceRegion(), "SourceRegion");
        String sourceId = Lookups.require(request.sourceSnapshotId(), "SourceSnapshotId");
        ResourceKind.SNAPSHOT.requireWellFormed(sourceId);
        TagSpecs tags = TagSpecs.parse(request.tagSpecifications(), Set.of("snapshot"));
        if (!account.regions().contains(sourceRegion)) {
            throw Ec2Errors.notFound(ResourceKind.SNAPSHOT, List.of(sourceId));
        }
        // Read the source under its region's lock, then write here under ours: never both locks at once.
        Ec2State source = Ec2State.of(account, sourceRegion);
        SnapshotRecord original = source.locked(s -> {
            SnapshotRecord found = Lookups.require(ResourceKind.SNAPSHOT, sourceId, s.snapshots);
            String sourceState = found.state(s.now());
            if (!"completed".equals(sourceState)) {
                throw Ec2Errors.incorrectState("Snapshot is in invalid state - " + sourceState);
            }
            return found;
        });
        return state.locked(s -> {
            Instant now = s.now();
            checkCopyLimit(s, now);
            boolean encrypted = original.encrypted || Boolean.TRUE.equals(request.encrypted());
            String kms = !encrypted ? null
                    : request.kmsKeyId() != null ? request.kmsKeyId()
                    : sourceRegion.equals(s.region) && original.kmsKeyId != null ? original.kmsKeyId
                    : s.defaultKmsKeyId();
            String description = request.description() != null ? request.description()
                    : "[Copied " + sourceId + " from " + sourceRegion + "]";
            SnapshotRecord copy = new SnapshotRecord(s.nextSequence(), s.newId(ResourceKind.SNAPSHOT),
                    SnapshotRecord.COPY_VOLUME_ID, original.volumeSize, now,
                    now.plus(Ec2Timing.snapshotDuration(original.volumeSize)), description, encrypted, kms, s.accountId,
                    tags.tagsFor("snapshot"));
            s.snapshots.put(copy.id, copy);
            return Lookups.withMetadata(CopySnapshotResponse.builder()
                    .snapshotId(copy.id).tags(copy.tags.toSdk())).build();
        });
    }

    private static SnapshotRecord snapshotOf(Ec2State s, VolumeRecord volume, String description, ResourceTags tags) {
        Instant now = s.now();
        boolean first = s.snapshots.ofVolume(volume.id).stream().allMatch(SnapshotRecord::failed);
        SnapshotRecord snapshot = new SnapshotRecord(s.nextSequence(), s.newId(ResourceKind.SNAPSHOT), volume.id,
                volume.size, now, now.plus(first ? Ec2Timing.firstSnapshotDuration(volume.size)
                        : Ec2Timing.snapshotDuration(volume.size)), description, volume.encrypted,
                volume.kmsKeyId, s.accountId, tags);
        s.snapshots.put(snapshot.id, snapshot);
        return snapshot;
    }

    /** EC2's quota: 20 concurrent snapshot copies per destination region (not adjustable); the next one fails. */
    static final int CONCURRENT_COPIES = 20;

    private static void checkCopyLimit(Ec2State s, Instant now) {
        long copying = s.snapshots.ofVolume(SnapshotRecord.COPY_VOLUME_ID).stream()
                .filter(x -> "pending".equals(x.state(now))).count();
        if (copying >= CONCURRENT_COPIES) {
            throw Ec2Errors.error("ResourceLimitExceeded", "Too many snapshot copies in progress. The limit is "
                    + CONCURRENT_COPIES + " for this destination region.");
        }
    }

    private static void checkSnapshottable(VolumeRecord volume, Instant now) {
        if ("creating".equals(volume.state(now))) {
            throw Ec2Errors.incorrectState("The volume '" + volume.id + "' is not in the 'available' or 'in-use' state.");
        }
    }

    /**
     * EC2 allows one pending snapshot per st1/sc1 volume and five per volume of other types; the next
     * create fails, and for CreateSnapshots the whole set fails with it.
     */
    private static void checkPendingLimit(Ec2State s, VolumeRecord volume) {
        Instant now = s.now();
        long pending = s.snapshots.ofVolume(volume.id).stream()
                .filter(snapshot -> "pending".equals(snapshot.state(now))).count();
        if (pending >= pendingLimit(volume.type)) {
            throw Ec2Errors.error("ConcurrentSnapshotLimitExceeded", "Maximum allowed in-progress snapshots for a "
                    + "single volume exceeded: " + volume.id + " (" + volume.type + ") has " + pending + " pending.");
        }
    }

    /** In-progress snapshots EC2 allows per volume: one for throughput-optimised and cold HDD, five otherwise. */
    private static int pendingLimit(String volumeType) {
        return "st1".equals(volumeType) || "sc1".equals(volumeType) ? 1 : 5;
    }

    private static boolean mentionsSelf(List<String> owners, String accountId) {
        return owners.contains("self") || owners.contains(accountId);
    }
}
