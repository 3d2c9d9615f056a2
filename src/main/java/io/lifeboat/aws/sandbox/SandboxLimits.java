package io.lifeboat.aws.sandbox;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;

/**
 * EC2's request throttling and answer time as the sandbox models them: per region, a token bucket for
 * mutating calls and one for the others (EC2 meters them apart), refilled continuously, and a latency
 * per call spent outside the region's lock. {@link #NONE} (no bucket, no latency) is what the desktop
 * and the tests get unless they ask: the sandbox otherwise answers at once.
 *
 * <p>{@link #ec2Defaults()} follows "Request throttling for the Amazon EC2 API": CreateSnapshot,
 * CreateSnapshots and DeleteSnapshot have buckets of 100 tokens refilled at 5 a second (other mutating
 * calls 50 at 5), non-mutating calls 100 at 20. EC2 gives those three calls a bucket each; the sandbox
 * puts every mutating call in one, which is the stricter model and the one the rate-limit floor
 * ((mutating calls - bucket) / refill) assumes.
 *
 * @param mutating the mutating calls' bucket, or {@code null} for none
 * @param reads the other calls' bucket, or {@code null} for none
 * @param latency the time each call takes, half before it reaches the bucket, half after
 */
public record SandboxLimits(Bucket mutating, Bucket reads, Duration latency) {

    /** Properties the desktop and the CLI read to turn the model on: {@code -Dlifeboat.sandbox.throttling=ec2}… */
    public static final String THROTTLING_PROPERTY = "lifeboat.sandbox.throttling";
    public static final String LATENCY_PROPERTY = "lifeboat.sandbox.latency";

    public static final SandboxLimits NONE = new SandboxLimits(null, null, Duration.ZERO);

    /** A token bucket: {@code capacity} tokens, {@code refillPerSecond} added back every second. */
    public record Bucket(int capacity, double refillPerSecond) {
        public Bucket {
            if (capacity < 1 || !(refillPerSecond > 0)) {
                throw new IllegalArgumentException("A bucket holds at least one token and refills: " + capacity + ", "
                        + refillPerSecond);
            }
        }
    }

    public SandboxLimits {
        if (latency == null || latency.isNegative()) {
            throw new IllegalArgumentException("The latency cannot be negative");
        }
    }

    public static SandboxLimits ec2Defaults() {
        return new SandboxLimits(new Bucket(100, 5), new Bucket(100, 20), Duration.ZERO);
    }

    public SandboxLimits withMutating(Bucket bucket) {
        return new SandboxLimits(bucket, reads, latency);
    }

    public SandboxLimits withLatency(Duration perCall) {
        return new SandboxLimits(mutating, reads, perCall);
    }

    public boolean none() {
        return mutating == null && reads == null && latency.isZero();
    }

    /**
     * What was asked for, if anything: {@code lifeboat.sandbox.throttling=ec2} (EC2's defaults) or
     * {@code CAPACITY/REFILL} for the mutating bucket, {@code lifeboat.sandbox.latency=150ms}.
     *
     * @throws IllegalArgumentException naming the property when a value cannot be read
     */
    public static SandboxLimits fromProperties(Function<String, String> properties) {
        SandboxLimits limits = NONE;
        String throttling = properties.apply(THROTTLING_PROPERTY);
        if (throttling != null && !throttling.isBlank() && !throttling.trim().equalsIgnoreCase("off")) {
            limits = ec2Defaults();
            if (!throttling.trim().equalsIgnoreCase("ec2")) {
                limits = limits.withMutating(bucket(throttling.trim()));
            }
        }
        String latency = properties.apply(LATENCY_PROPERTY);
        if (latency != null && !latency.isBlank()) {
            limits = limits.withLatency(millis(latency.trim()));
        }
        return limits;
    }

    private static Bucket bucket(String text) {
        String[] parts = text.split("/");
        try {
            return new Bucket(Integer.parseInt(parts[0].trim()), Double.parseDouble(parts[1].trim()));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(THROTTLING_PROPERTY + " must be ec2, off or CAPACITY/REFILL (e.g. 20/20), "
                    + "not '" + text + "'", e);
        }
    }

    private static Duration millis(String text) {
        String digits = text.toLowerCase(Locale.ROOT).endsWith("ms") ? text.substring(0, text.length() - 2) : text;
        try {
            return Duration.ofMillis(Long.parseLong(digits.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(LATENCY_PROPERTY + " must be milliseconds (e.g. 150ms), not '" + text + "'", e);
        }
    }
}
