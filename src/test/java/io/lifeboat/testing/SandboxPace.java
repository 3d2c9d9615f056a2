package io.lifeboat.testing;

import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.restore.WaitPace;
import java.time.Duration;

/**
 * Wait paces for restore jobs on a sandbox whose clock stands still: one where each pause between two
 * polls moves the clock instead of waiting (a job runs to its end at once), one that polls without
 * moving it (a job waits until the test moves the clock).
 */
public final class SandboxPace {

    private SandboxPace() {
    }

    public static WaitPace moving(SandboxClock clock, Duration step) {
        return WaitPace.of(attempt -> {
            clock.advance(step);
            return Duration.ZERO;
        }, 500);
    }

    public static WaitPace standingStill() {
        return WaitPace.every(Duration.ofMillis(20));
    }
}
