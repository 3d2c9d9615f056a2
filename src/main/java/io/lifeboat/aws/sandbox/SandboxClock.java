package io.lifeboat.aws.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The sandbox's time. Every simulated transition (snapshot pending to completed, command
 * invocations, clusters becoming available) is derived from this clock when state is read, so
 * nothing needs a background thread. On the desktop it follows real time (and can be fast-forwarded);
 * in tests it stands still until {@link #advance} is called.
 */
public final class SandboxClock extends Clock {

    private final Clock base;
    private volatile Duration offset = Duration.ZERO;

    private SandboxClock(Clock base) {
        this.base = base;
    }

    /** Follows the system clock. */
    public static SandboxClock system() {
        return new SandboxClock(Clock.systemUTC());
    }

    /** Stands at {@code start} until advanced. */
    public static SandboxClock manual(Instant start) {
        return new SandboxClock(Clock.fixed(start, ZoneOffset.UTC));
    }

    /** Moves time forward (on the system clock too: a fast-forward for demos). */
    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("The sandbox clock only moves forward");
        }
        synchronized (this) {
            offset = offset.plus(duration);
        }
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}
