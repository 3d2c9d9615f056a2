package io.lifeboat.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Milestones of start-up, printed with {@code -Dlifeboat.trace.startup=true}: how long after the
 * process started each step was reached.
 *
 * <p>On Linux the process age comes from {@code /proc}: the start tick in {@code /proc/self/stat}
 * against {@code /proc/uptime}, both to the hundredth of a second. {@code ProcessHandle}'s start
 * instant is built on the boot time in whole seconds and can be off by most of a second.
 */
public final class StartupTrace {

    private static final boolean ON = Boolean.getBoolean("lifeboat.trace.startup");
    private static final long CLOCK_TICKS_PER_SECOND = 100;
    private static final long BASE_NANOS = System.nanoTime();
    private static final long AGE_AT_BASE_MILLIS = processAgeMillis();

    private StartupTrace() {
    }

    /** Milliseconds since this process was started. */
    public static long sinceProcessStart() {
        return AGE_AT_BASE_MILLIS + (System.nanoTime() - BASE_NANOS) / 1_000_000;
    }

    public static void mark(String milestone) {
        if (ON) {
            System.err.println("startup " + sinceProcessStart() + " ms  " + milestone + "  ["
                    + Thread.currentThread().getName() + "]");
        }
    }

    private static long processAgeMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // Fields after the command name (which may hold spaces) start after the last ')'.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[19]);
            double uptimeSeconds = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            return Math.max(0, Math.round(uptimeSeconds * 1000 - startTicks * 1000.0 / CLOCK_TICKS_PER_SECOND));
        } catch (IOException | RuntimeException e) {
            return Duration.between(ProcessHandle.current().info().startInstant().orElse(Instant.now()), Instant.now())
                    .toMillis();
        }
    }
}
