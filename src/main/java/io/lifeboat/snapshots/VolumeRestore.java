package io.lifeboat.snapshots;

import io.lifeboat.aws.Problem;
import io.lifeboat.aws.ProblemException;
import io.lifeboat.aws.ServiceClients;
import io.lifeboat.inventory.Ec2Instance;
import io.lifeboat.inventory.Ec2Snapshot;
import io.lifeboat.inventory.Ec2Volume;
import io.lifeboat.inventory.InventoryCache;
import io.lifeboat.inventory.InventoryLoader;
import io.lifeboat.inventory.RegionInventory;
import io.lifeboat.inventory.Tags;
import io.lifeboat.tasks.TaskContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/**
 * Restores a snapshot to a new volume and, if asked, attaches it to an instance of the same zone at a
 * free device name (from the instance's block device mappings). The new volume (and its attachment) is
 * put in the session's inventory; nothing is listed again.
 */
public final class VolumeRestore {

    /** What was made: the volume as it is now, and the device it was attached at (or {@code null}). */
    public record Result(Ec2Volume volume, String device) {
    }

    private final ServiceClients clients;
    private final InventoryCache inventory;
    private final Pacing pacing;

    public VolumeRestore(ServiceClients clients, InventoryCache inventory, Pacing pacing) {
        this.clients = clients;
        this.inventory = inventory;
        this.pacing = pacing;
    }

    /** Checks the request against the region's inventory (listing only what no view has). */
    public List<String> check(RestoreRequest request, TaskContext context) {
        RegionInventory region = inventory.region(request.region(), EnumSet.of(InventoryLoader.Part.INSTANCES,
                InventoryLoader.Part.SNAPSHOTS), context);
        Ec2Snapshot snapshot = region.snapshots().stream().filter(s -> s.id().equals(request.snapshotId())).findFirst().orElse(null);
        List<String> problems = new ArrayList<>();
        if (snapshot == null) {
            problems.add("There is no snapshot " + request.snapshotId() + " of this account in " + request.region() + ".");
        }
        Ec2Instance instance = request.attachTo() == null ? null : region.instance(request.attachTo()).orElse(null);
        problems.addAll(request.problems(snapshot, instance));
        return problems;
    }

    public Result restore(RestoreRequest request, TaskContext context) throws InterruptedException {
        List<String> problems = check(request, context);
        if (!problems.isEmpty()) {
            throw new ProblemException(new Problem(Problem.Kind.INVALID_INPUT, "InvalidRestore", String.join(" ", problems), null));
        }
        Ec2Client ec2 = clients.ec2(request.region());
        context.message("Creating a " + request.volumeType() + " volume from " + request.snapshotId());
        String volumeId = ec2.createVolume(r -> {
            r.snapshotId(request.snapshotId()).availabilityZone(request.availabilityZone()).volumeType(request.volumeType())
                    .size(request.sizeGiB()).iops(request.iops()).throughput(request.throughput());
            if (!request.tags().isEmpty()) {
                r.tagSpecifications(TagSpecification.builder().resourceType(ResourceType.VOLUME)
                        .tags(Tags.toSdk(request.tags())).build());
            }
        }).volumeId();
        Ec2Volume volume = waitFor(request.region(), volumeId, "available", context);
        if (request.attachTo() == null) {
            return new Result(volume, null);
        }
        Ec2Instance instance = inventory.region(request.region(), EnumSet.of(InventoryLoader.Part.INSTANCES), context)
                .instance(request.attachTo()).orElseThrow();
        String device = request.device() != null ? request.device()
                : DeviceNames.firstFree(instance.deviceNames(), instance.rootDeviceName(), instance.windows());
        if (device == null) {
            throw new ProblemException(new Problem(Problem.Kind.INVALID_INPUT, "NoFreeDevice", "Volume " + volumeId
                    + " was made, but " + instance.id() + " has no free device name left to attach it.", "Attach it by hand."));
        }
        context.message("Attaching " + volumeId + " to " + instance.id() + " as " + device);
        ec2.attachVolume(r -> r.volumeId(volumeId).instanceId(instance.id()).device(device));
        inventory.update(request.region(), r -> r.withInstance(instance.withDevice(device)), context);
        return new Result(waitFor(request.region(), volumeId, "in-use", context), device);
    }

    /** Asks for the volume once per pacing step until it reaches {@code state}; the inventory follows. */
    private Ec2Volume waitFor(String region, String volumeId, String state, TaskContext context) throws InterruptedException {
        while (true) {
            List<Ec2Volume> found = inventory.refreshVolumes(region, List.of(volumeId), context);
            if (!found.isEmpty() && state.equals(found.get(0).state())) {
                return found.get(0);
            }
            if (!found.isEmpty() && "error".equals(found.get(0).state())) {
                throw new ProblemException(new Problem(Problem.Kind.SERVICE_ERROR, "VolumeError", "EC2 could not create "
                        + volumeId + " from the snapshot.", null));
            }
            pacing.pause();
            context.checkCancelled();
        }
    }
}
