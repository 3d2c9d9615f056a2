package io.lifeboat.app;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who runs a restore job: a process (its pid and start time, so a reused pid is not mistaken for it)
 * and one open core or command in it. A job held by a runner that is gone (the process ended, or the
 * core was closed) can be taken over; one held by a live runner cannot.
 */
final class JobRunnerId {

    private static final Set<String> OPEN_HERE = ConcurrentHashMap.newKeySet();
    private static final ProcessHandle SELF = ProcessHandle.current();

    private final String id;

    private JobRunnerId(String id) {
        this.id = id;
    }

    static JobRunnerId open() {
        long started = SELF.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        JobRunnerId runner = new JobRunnerId(SELF.pid() + ":" + started + ":" + UUID.randomUUID().toString().substring(0, 8));
        OPEN_HERE.add(runner.id);
        return runner;
    }

    String id() {
        return id;
    }

    void close() {
        OPEN_HERE.remove(id);
    }

    static boolean alive(String runner) {
        if (runner == null) {
            return false;
        }
        if (pid(runner) == SELF.pid()) {
            return OPEN_HERE.contains(runner);
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid(runner));
        return process.isPresent() && process.get().isAlive() && process.get().info().startInstant()
                .map(start -> start.toEpochMilli() == startedAt(runner)).orElse(true);
    }

    static boolean inThisProcess(String runner) {
        return runner != null && pid(runner) == SELF.pid();
    }

    static long pid(String runner) {
        try {
            return Long.parseLong(runner.substring(0, runner.indexOf(':')));
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static long startedAt(String runner) {
        String[] parts = runner.split(":");
        try {
            return parts.length > 1 ? Long.parseLong(parts[1]) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
