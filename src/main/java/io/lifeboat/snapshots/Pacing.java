package io.lifeboat.snapshots;

import io.lifeboat.backup.Sleeper;
import java.time.Duration;

/**
 * How often work that waits on EC2 (a snapshot completing, copies progressing, a volume becoming
 * available) asks again, and how it waits in between: really on the desktop and the command line; in
 * tests, by moving the sandbox's clock. Each ask is one paginated call for every resource waited on.
 */
public record Pacing(Sleeper sleeper, Duration every) {

    public static final Duration STANDARD = Duration.ofSeconds(5);

    public static Pacing standard() {
        return new Pacing(Sleeper.SYSTEM, STANDARD);
    }

    /** @throws InterruptedException when the task is cancelled while waiting */
    void pause() throws InterruptedException {
        sleeper.sleep(every);
    }
}
