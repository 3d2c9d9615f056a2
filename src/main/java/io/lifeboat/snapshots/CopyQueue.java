package io.lifeboat.snapshots;

import io.lifeboat.aws.AwsErrors;
import io.lifeboat.aws.Problem;
import io.lifeboat.aws.ServiceClients;
import io.lifeboat.inventory.Ec2Snapshot;
import io.lifeboat.inventory.InventoryCache;
import io.lifeboat.inventory.Tags;
import io.lifeboat.tasks.TaskContext;
import io.lifeboat.volumes.BackupTags;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/**
 * Copies snapshots to another region for disaster recovery, as many at once as EC2 allows per destination
 * region (the rest wait their turn), and follows each copy's progress: the destination snapshots, asked
 * for together once per {@link Pacing#every()} in one paginated call. A copy carries its source's tags (so
 * {@code DeleteOn} applies there too, or a retention of its own) plus tags naming its source. Cancelling
 * stops starting copies; those under way go on in EC2.
 */
public final class CopyQueue {

    /**
     * EC2's quota "Concurrent snapshot copies per destination Region": 20 in every region, not adjustable
     * (Amazon EBS quotas, Service Quotas). Beyond it CopySnapshot fails with ResourceLimitExceeded.
     */
    public static final int CONCURRENT_PER_DESTINATION = 20;

    /**
     * @param kmsKeyId the key to encrypt the copies with (id, alias or ARN in the destination), or {@code null}
     *                 for the source's encryption (encrypted sources get the destination's default key)
     * @param days a retention for the copies from today, or {@code null} to carry the source's {@code DeleteOn}
     */
    public record Request(String sourceRegion, List<Ec2Snapshot> sources, String destinationRegion, String kmsKeyId,
                          Integer days, LocalDate todayUtc) {
        public Request {
            sources = List.copyOf(sources);
            if (days != null && days < 1) {
                throw new IllegalArgumentException("A retention is at least one day");
            }
        }
    }

    public enum State { QUEUED, COPYING, COMPLETED, FAILED, NOT_STARTED }

    /** One copy as it goes: {@code copyId} once started, the destination snapshot's progress. */
    public record Progress(String sourceId, String copyId, State state, int percent, Problem problem) {
    }

    /** Hears each copy's changes, on the task's thread. */
    @FunctionalInterface
    public interface Listener {
        void changed(Progress progress);
    }

    private final ServiceClients clients;
    private final InventoryCache inventory;
    private final Pacing pacing;

    public CopyQueue(ServiceClients clients, InventoryCache inventory, Pacing pacing) {
        this.clients = clients;
        this.inventory = inventory;
        this.pacing = pacing;
    }

    /**
     * Runs until every copy completed or failed; returns each one's last progress, in the order asked.
     *
     * @param untilCompleted {@code false}: returns once every copy is started (a script that does not want to
     *                       wait hours for large copies), having waited only as long as the quota made it
     */
    public List<Progress> run(Request request, Listener listener, TaskContext context, boolean untilCompleted)
            throws InterruptedException {
        Map<String, Progress> progress = new LinkedHashMap<>();
        Deque<Ec2Snapshot> queue = new ArrayDeque<>(request.sources());
        Map<String, String> inFlight = new LinkedHashMap<>();
        request.sources().forEach(s -> report(progress, listener, new Progress(s.id(), null, State.QUEUED, 0, null)));
        try {
            while (!queue.isEmpty() || (untilCompleted && !inFlight.isEmpty())) {
                context.checkCancelled();
                startWhatFits(request, queue, inFlight, progress, listener);
                if (queue.isEmpty() && (inFlight.isEmpty() || !untilCompleted)) {
                    break;
                }
                pacing.pause();
                poll(request.destinationRegion(), inFlight, progress, listener, context);
                long ended = progress.values().stream().filter(p -> p.state() == State.COMPLETED || p.state() == State.FAILED).count();
                context.progress(ended, request.sources().size());
                context.message(ended + " of " + request.sources().size() + " copies done, " + inFlight.size() + " copying, "
                        + queue.size() + " waiting");
            }
        } finally {
            queue.forEach(s -> report(progress, listener, new Progress(s.id(), null, State.NOT_STARTED, 0, null)));
        }
        return List.copyOf(progress.values());
    }

    private void startWhatFits(Request request, Deque<Ec2Snapshot> queue, Map<String, String> inFlight,
                               Map<String, Progress> progress, Listener listener) {
        while (inFlight.size() < CONCURRENT_PER_DESTINATION && !queue.isEmpty()) {
            Ec2Snapshot source = queue.peek();
            try {
                String copyId = start(request, source);
                queue.poll();
                inFlight.put(copyId, source.id());
                report(progress, listener, new Progress(source.id(), copyId, State.COPYING, 0, null));
            } catch (RuntimeException e) {
                if ("ResourceLimitExceeded".equals(AwsErrors.errorCode(e))) {
                    return; // copies made by others fill the destination: wait for some to end
                }
                queue.poll();
                report(progress, listener, new Progress(source.id(), null, State.FAILED, 0, AwsErrors.describe(e)));
            }
        }
    }

    private String start(Request request, Ec2Snapshot source) {
        Map<String, String> tags = new LinkedHashMap<>();
        source.tags().forEach((key, value) -> {
            if (!key.startsWith("aws:")) { // reserved for AWS: EC2 refuses them from users
                tags.put(key, value);
            }
        });
        tags.put(SnapshotCopies.COPY_OF, source.id());
        tags.put(SnapshotCopies.COPY_SOURCE_REGION, request.sourceRegion());
        if (request.days() != null) {
            tags.put(BackupTags.DELETE_ON, request.todayUtc().plusDays(request.days()).toString());
        }
        String described = "[Copied " + source.id() + " from " + request.sourceRegion() + "] "
                + (source.description() == null ? "" : source.description());
        String description = described.length() > SnapshotNow.DESCRIPTION_MAX
                ? described.substring(0, SnapshotNow.DESCRIPTION_MAX) : described.trim();
        return clients.ec2(request.destinationRegion()).copySnapshot(r -> {
            r.sourceRegion(request.sourceRegion()).sourceSnapshotId(source.id())
                    .destinationRegion(request.destinationRegion()).description(description)
                    .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.SNAPSHOT)
                            .tags(Tags.toSdk(tags)).build());
            if (request.kmsKeyId() != null) {
                r.encrypted(true).kmsKeyId(request.kmsKeyId());
            }
        }).snapshotId();
    }

    private void poll(String destination, Map<String, String> inFlight, Map<String, Progress> progress, Listener listener,
                      TaskContext context) {
        Map<String, Ec2Snapshot> found = new LinkedHashMap<>();
        inventory.refreshSnapshots(destination, inFlight.keySet(), context).forEach(s -> found.put(s.id(), s));
        for (Map.Entry<String, String> copy : List.copyOf(inFlight.entrySet())) {
            Ec2Snapshot now = found.get(copy.getKey());
            Progress next;
            if (now == null) {
                next = new Progress(copy.getValue(), copy.getKey(), State.FAILED, 0, new Problem(Problem.Kind.NOT_FOUND,
                        "InvalidSnapshot.NotFound", "The copy " + copy.getKey() + " is gone from " + destination + ".", null));
            } else if (now.completed()) {
                next = new Progress(copy.getValue(), copy.getKey(), State.COMPLETED, 100, null);
            } else if ("error".equals(now.state())) {
                next = new Progress(copy.getValue(), copy.getKey(), State.FAILED, now.progressPercent(), new Problem(
                        Problem.Kind.SERVICE_ERROR, "error", "EC2 could not complete the copy " + copy.getKey() + ".", null));
            } else {
                next = new Progress(copy.getValue(), copy.getKey(), State.COPYING, now.progressPercent(), null);
            }
            if (next.state() != State.COPYING) {
                inFlight.remove(copy.getKey());
            }
            report(progress, listener, next);
        }
    }

    private static void report(Map<String, Progress> progress, Listener listener, Progress next) {
        if (!next.equals(progress.put(next.sourceId(), next))) {
            listener.changed(next);
        }
    }
}
