package io.lifeboat.aws.sandbox.ec2;

import io.lifeboat.aws.sandbox.SandboxAccount;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * EC2 in one region of the sandbox account: instances, volumes, snapshots and images, in creation
 * order. All access goes through {@link #locked}, which holds the region's lock (tasks call from
 * several threads at once) and first tidies away what time has finished (completed detachments,
 * terminated instances past their visible hour). Nothing else ever changes state on its own.
 */
public final class Ec2State {

    final String region;
    final String accountId;
    final Clock clock;
    final Map<String, InstanceRecord> instances = new LinkedHashMap<>();
    final Map<String, VolumeRecord> volumes = new LinkedHashMap<>();
    final SnapshotMap snapshots = new SnapshotMap();
    final Map<String, ImageRecord> images = new LinkedHashMap<>();

    private final ReentrantLock lock = new ReentrantLock();
    private final Random random;
    private long sequence;
    private int addressCounter = 100;

    Ec2State(String region, String accountId, Clock clock) {
        this.region = region;
        this.accountId = accountId;
        this.clock = clock;
        // Seeded per region: a fresh sandbox hands out the same ids every run, handy in screenshots and bug reports.
        this.random = new Random(region.hashCode() * 31L + 7);
    }

    /** The account's EC2 state for {@code region}, made on first use. */
    public static Ec2State of(SandboxAccount account, String region) {
        return account.state(Ec2State.class, region, r -> new Ec2State(r, account.accountId(), account.clock()));
    }

    /** Runs {@code work} under the region's lock, with time-finished transitions tidied first. */
    public <T> T locked(Function<Ec2State, T> work) {
        lock.lock();
        try {
            tidy(now());
            return work.apply(this);
        } finally {
            lock.unlock();
        }
    }

    public String region() {
        return region;
    }

    Instant now() {
        return Ec2Time.truncate(clock.instant());
    }

    long nextSequence() {
        return ++sequence;
    }

    /** A fresh AWS-style id (prefix, 17 hex digits) not used in this region. */
    String newId(ResourceKind kind) {
        while (true) {
            StringBuilder id = new StringBuilder(kind.prefix()).append("-0");
            for (int i = 0; i < 16; i++) {
                id.append(Character.forDigit(random.nextInt(16), 16));
            }
            String candidate = id.toString();
            if (!exists(candidate)) {
                return candidate;
            }
        }
    }

    boolean exists(String id) {
        return instances.containsKey(id) || volumes.containsKey(id) || snapshots.containsKey(id) || images.containsKey(id);
    }

    String newPrivateIp() {
        int n = addressCounter++;
        return "172.31." + (n / 250 % 250) + "." + (n % 250 + 4);
    }

    /** The region's zones: a, b and c, as the sandbox account sees them. */
    List<String> availabilityZones() {
        return List.of(region + "a", region + "b", region + "c");
    }

    /** The AWS-managed EBS key's ARN for this region (what encrypted volumes get by default). */
    String defaultKmsKeyId() {
        UUID key = UUID.nameUUIDFromBytes(("aws/ebs " + accountId + " " + region).getBytes(StandardCharsets.UTF_8));
        return "arn:aws:kms:" + region + ":" + accountId + ":key/" + key;
    }

    /** Volumes attached (or attaching, or still detaching) to each instance. */
    Map<String, List<VolumeRecord>> volumesByInstance(Instant now) {
        Map<String, List<VolumeRecord>> byInstance = new LinkedHashMap<>();
        for (VolumeRecord volume : volumes.values()) {
            AttachmentRecord attachment = volume.attachment(now);
            if (attachment != null) {
                byInstance.computeIfAbsent(attachment.instanceId, k -> new ArrayList<>()).add(volume);
            }
        }
        return byInstance;
    }

    private void tidy(Instant now) {
        for (VolumeRecord volume : volumes.values()) {
            if (volume.attachment != null && volume.attachment.gone(now)) {
                volume.attachment = null;
            }
        }
        instances.values().removeIf(instance -> instance.terminated()
                && !now.isBefore(instance.changedAt.plus(Ec2Timing.TERMINATED_VISIBLE)));
    }
}
