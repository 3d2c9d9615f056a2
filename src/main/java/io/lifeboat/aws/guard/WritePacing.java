package io.lifeboat.aws.guard;

import io.lifeboat.aws.AwsErrors;
import io.lifeboat.aws.AwsService;
import io.lifeboat.aws.pace.Pace;
import io.lifeboat.aws.pace.RegionPacer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import software.amazon.awssdk.core.exception.AbortedException;

/**
 * Paces the mutating EC2 calls of one account, region by region, at the rate each region's throttling
 * answers teach ({@link RegionPacer}). A guard around every client, real or sandbox, so every feature's
 * writes share their region's pace, as they share EC2's bucket. Real clients also report each throttled
 * attempt the SDK retries by itself ({@link #throttledAttempt}), or the pace would never hear of them.
 */
public final class WritePacing implements CallInterceptor {

    private final LongSupplier nanoTime;
    private final Map<String, RegionPacer> regions = new ConcurrentHashMap<>();
    private final ThreadLocal<Permit> current = new ThreadLocal<>();

    public WritePacing() {
        this(System::nanoTime);
    }

    WritePacing(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** What the region's pacing has learned so far. */
    public Pace pace(String region) {
        return pacer(region);
    }

    @Override
    public void beforeCall(ApiCall call) {
        if (!paced(call)) {
            return;
        }
        RegionPacer pacer = pacer(call.region());
        try {
            current.set(new Permit(call.sequence(), pacer, pacer.acquire()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw AbortedException.builder().message("Cancelled while waiting for " + call.region()
                    + "'s pace; " + call.operation() + " was not sent").build();
        }
    }

    @Override
    public void afterCall(ApiCall call, Object response) {
        Permit permit = take(call);
        if (permit != null) {
            permit.pacer().admitted(permit.time());
        }
    }

    @Override
    public void callFailed(ApiCall call, Throwable error) {
        Permit permit = take(call);
        if (permit == null) {
            return;
        }
        if (!AwsErrors.isThrottling(error)) {
            permit.pacer().admitted(permit.time());
        } else if (permit.attemptsThrottled() > 0) {
            permit.pacer().ended(permit.time());
        } else {
            permit.pacer().throttled(permit.time());
        }
    }

    /**
     * An attempt of the call in flight on this thread was throttled: its answer counts now. Called from the
     * SDK's retry strategy, on the calling thread. When the SDK retries it, the retry takes the next place
     * in the region's pace: returns how long to wait for it.
     */
    public Duration throttledAttempt(boolean retried) {
        Permit permit = current.get();
        if (permit == null) {
            return Duration.ZERO;
        }
        permit.throttledAttempt();
        permit.pacer().throttleAnswer(permit.time());
        return retried ? permit.pacer().retryDelay() : Duration.ZERO;
    }

    private Permit take(ApiCall call) {
        Permit permit = current.get();
        if (permit == null || permit.sequence() != call.sequence()) {
            return null;
        }
        current.remove();
        return permit;
    }

    private static boolean paced(ApiCall call) {
        return call.service() == AwsService.EC2 && call.mutating();
    }

    private RegionPacer pacer(String region) {
        return regions.computeIfAbsent(region, r -> new RegionPacer(nanoTime));
    }

    /** One paced call in flight on a thread. */
    private static final class Permit {
        private final long sequence;
        private final RegionPacer pacer;
        private final long time;
        private int attemptsThrottled;

        Permit(long sequence, RegionPacer pacer, long time) {
            this.sequence = sequence;
            this.pacer = pacer;
            this.time = time;
        }

        long sequence() {
            return sequence;
        }

        RegionPacer pacer() {
            return pacer;
        }

        long time() {
            return time;
        }

        int attemptsThrottled() {
            return attemptsThrottled;
        }

        void throttledAttempt() {
            attemptsThrottled++;
        }
    }
}
