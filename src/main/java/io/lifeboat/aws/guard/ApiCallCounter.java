package io.lifeboat.aws.guard;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the operations sent, per {@code service:Operation}. Paginators and waiters are counted page
 * by page and poll by poll, because their inner calls come back through the guarded client.
 */
public final class ApiCallCounter implements CallInterceptor {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    @Override
    public void beforeCall(ApiCall call) {
        counts.computeIfAbsent(call.service().id() + ":" + call.operation(), k -> new LongAdder()).increment();
    }

    public long total() {
        return counts.values().stream().mapToLong(LongAdder::sum).sum();
    }

    public long count(String operation) {
        return counts.entrySet().stream()
                .filter(e -> e.getKey().endsWith(":" + operation))
                .mapToLong(e -> e.getValue().sum())
                .sum();
    }

    /** Counts by {@code service:Operation}, sorted by name. */
    public Map<String, Long> snapshot() {
        Map<String, Long> copy = new TreeMap<>();
        counts.forEach((k, v) -> copy.put(k, v.sum()));
        return copy;
    }

    public void reset() {
        counts.clear();
    }
}
