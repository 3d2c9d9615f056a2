package io.lifeboat.aws.sandbox.ec2;

import io.lifeboat.aws.guard.Operations;
import io.lifeboat.aws.sandbox.SandboxAccount;
import io.lifeboat.aws.sandbox.SandboxLimits;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The front door of one region's sandbox EC2: each call takes its latency and a token from its bucket
 * ({@link SandboxLimits}), or is refused with {@code RequestLimitExceeded} as EC2 refuses it. The wait
 * happens before and after the work, never under the region's state lock, so concurrent calls overlap as
 * they do on EC2. With {@link SandboxLimits#NONE} a call goes straight through.
 */
public final class Ec2Gate {

    private final SandboxAccount account;
    private final LongSupplier nanoTime;
    private final TokenBucket mutating = new TokenBucket();
    private final TokenBucket reads = new TokenBucket();
    private final LongAdder mutatingAdmitted = new LongAdder();
    private final LongAdder mutatingThrottled = new LongAdder();
    private final LongAdder readsAdmitted = new LongAdder();
    private final LongAdder readsThrottled = new LongAdder();

    Ec2Gate(SandboxAccount account, LongSupplier nanoTime) {
        this.account = account;
        this.nanoTime = nanoTime;
    }

    /** The account's gate for {@code region}, made on first use. */
    public static Ec2Gate of(SandboxAccount account, String region) {
        return account.state(Ec2Gate.class, region, r -> new Ec2Gate(account, System::nanoTime));
    }

    /** Calls answered and refused so far in this region. */
    public record Counts(long mutatingAdmitted, long mutatingThrottled, long readsAdmitted, long readsThrottled) {
    }

    public Counts counts() {
        return new Counts(mutatingAdmitted.sum(), mutatingThrottled.sum(), readsAdmitted.sum(), readsThrottled.sum());
    }

    public <T> T call(String operation, Supplier<T> work) {
        SandboxLimits limits = account.limits();
        if (limits.none()) {
            return work.get();
        }
        long half = limits.latency().toNanos() / 2;
        pause(half);
        boolean write = Operations.isMutating(operation);
        SandboxLimits.Bucket bucket = write ? limits.mutating() : limits.reads();
        if (bucket != null && !(write ? mutating : reads).take(bucket, nanoTime.getAsLong())) {
            (write ? mutatingThrottled : readsThrottled).increment();
            pause(half);
            throw Ec2Errors.error(503, "RequestLimitExceeded", "Request limit exceeded.");
        }
        (write ? mutatingAdmitted : readsAdmitted).increment();
        T answer = work.get();
        pause(half);
        return answer;
    }

    private static void pause(long nanos) {
        if (nanos <= 0) {
            return;
        }
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Tokens refilled continuously from the bucket's rate; starts full. */
    private static final class TokenBucket {
        private double tokens = Double.NaN;
        private long last;

        synchronized boolean take(SandboxLimits.Bucket bucket, long now) {
            if (Double.isNaN(tokens)) {
                tokens = bucket.capacity();
            } else {
                tokens = Math.min(bucket.capacity(), tokens + (now - last) / 1e9 * bucket.refillPerSecond());
            }
            last = now;
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }
    }
}
