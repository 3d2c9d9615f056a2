package io.lifeboat.aws.sandbox.ec2;

import java.time.Duration;

/**
 * How long the sandbox's simulated transitions take, in sandbox time. Shorter than AWS (a 500 GiB
 * snapshot takes far longer there) so a demo shows progress without waiting, but long enough that
 * a UI sees the pending states and a test must advance the clock to get past them.
 */
public final class Ec2Timing {

    public static final Duration SNAPSHOT_BASE = Duration.ofSeconds(15);
    public static final Duration SNAPSHOT_PER_10_GIB = Duration.ofSeconds(1);
    public static final Duration SNAPSHOT_CAP = Duration.ofMinutes(3);
    public static final Duration VOLUME_CREATING = Duration.ofSeconds(5);
    public static final Duration ATTACHING = Duration.ofSeconds(3);
    public static final Duration DETACHING = Duration.ofSeconds(3);
    public static final Duration INSTANCE_PENDING = Duration.ofSeconds(5);
    public static final Duration SHUTTING_DOWN = Duration.ofSeconds(5);
    /** Terminated instances stay visible for about an hour on AWS. */
    public static final Duration TERMINATED_VISIBLE = Duration.ofHours(1);

    private Ec2Timing() {
    }

    /** A first (full) snapshot copies every block: from a TiB on, at about 100 MiB/s. */
    public static final Duration FULL_SNAPSHOT_PER_GIB = Duration.ofSeconds(10);
    public static final int FULL_SNAPSHOT_FROM_GIB = 1024;

    /**
     * A volume's first snapshot: as any below a TiB; from a TiB on, hours (a 9 TiB volume's takes more than
     * a day, as on AWS), so that the sandbox shows what a snapshot still pending at the next night does.
     */
    public static Duration firstSnapshotDuration(int sizeGiB) {
        return sizeGiB < FULL_SNAPSHOT_FROM_GIB ? snapshotDuration(sizeGiB) : FULL_SNAPSHOT_PER_GIB.multipliedBy(sizeGiB);
    }

    /** 15 s plus 1 s per 10 GiB, at most 3 min: bigger snapshots visibly take longer. */
    public static Duration snapshotDuration(int sizeGiB) {
        Duration duration = SNAPSHOT_BASE.plus(SNAPSHOT_PER_10_GIB.multipliedBy(Math.max(0, sizeGiB) / 10));
        return duration.compareTo(SNAPSHOT_CAP) > 0 ? SNAPSHOT_CAP : duration;
    }
}
