package io.lifeboat.bench;

import java.lang.management.ManagementFactory;

/** Prints benchmark figures as {@code metric: value unit} lines, and measures what they need. */
final class Metrics {

    private Metrics() {
    }

    static void print(String metric, Object value, String unit) {
        System.out.println(metric + ": " + value + " " + unit);
        System.out.flush();
    }

    static double millisSince(long startNanos) {
        return Math.round((System.nanoTime() - startNanos) / 10_000.0) / 100.0;
    }

    /** Heap in use after a full collection, in MiB: what the data really holds. */
    static long heapUsedMib() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }
}
