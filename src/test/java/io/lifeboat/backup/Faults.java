package io.lifeboat.backup;

import io.lifeboat.aws.guard.ApiCall;
import io.lifeboat.aws.guard.CallInterceptor;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.ec2.model.CreateSnapshotRequest;
import software.amazon.awssdk.services.ec2.model.DeleteSnapshotRequest;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;

/**
 * Injects AWS errors into guarded calls: before a call (refused, never run: throttling) or after it
 * ran (its answer lost: a 500 after the work was done). Scripted per operation, or at random with a
 * fixed seed. Added through {@code Connector.builder().interceptor(...)}, so it works on every account.
 */
final class Faults implements CallInterceptor {

    private final Map<String, Deque<Supplier<RuntimeException>>> before = new ConcurrentHashMap<>();
    private final Map<String, Deque<Supplier<RuntimeException>>> after = new ConcurrentHashMap<>();
    private final Map<String, Supplier<RuntimeException>> deniedVolumes = new ConcurrentHashMap<>();
    private final Map<String, Supplier<RuntimeException>> refusedDeletions = new ConcurrentHashMap<>();
    private volatile Random random;
    private volatile double throttleShare;
    private volatile double lostShare;
    private volatile Set<String> randomOperations = Set.of();
    final AtomicInteger throttled = new AtomicInteger();
    final AtomicInteger lost = new AtomicInteger();

    /** The next calls of {@code operation} fail before running, one error each. */
    @SafeVarargs
    final Faults before(String operation, Supplier<RuntimeException>... errors) {
        before.computeIfAbsent(operation, k -> new ArrayDeque<>()).addAll(java.util.List.of(errors));
        return this;
    }

    /** The next calls of {@code operation} run, then fail as if the answer was lost. */
    @SafeVarargs
    final Faults after(String operation, Supplier<RuntimeException>... errors) {
        after.computeIfAbsent(operation, k -> new ArrayDeque<>()).addAll(java.util.List.of(errors));
        return this;
    }

    /** Every CreateSnapshot of this volume fails before running, as when IAM or an SCP denies it. */
    Faults denyCreates(String volumeId, Supplier<RuntimeException> error) {
        deniedVolumes.put(volumeId, error);
        return this;
    }

    /**
     * Every DeleteSnapshot of this snapshot fails before running. By resource, not by order: the runner
     * sends a region's calls side by side, so "the next call" is not a given snapshot's.
     */
    Faults refuseDeletion(String snapshotId, Supplier<RuntimeException> error) {
        refusedDeletions.put(snapshotId, error);
        return this;
    }

    /** From now on, a share of the calls of these operations is throttled, and a share loses its answer. */
    Faults randomly(long seed, double throttle, double lostAnswers, Set<String> operations) {
        this.random = new Random(seed);
        this.throttleShare = throttle;
        this.lostShare = lostAnswers;
        this.randomOperations = Set.copyOf(operations);
        return this;
    }

    @Override
    public void beforeCall(ApiCall call) {
        if (call.request() instanceof CreateSnapshotRequest create && deniedVolumes.containsKey(create.volumeId())) {
            throw deniedVolumes.get(create.volumeId()).get();
        }
        if (call.request() instanceof DeleteSnapshotRequest delete && refusedDeletions.containsKey(delete.snapshotId())) {
            throw refusedDeletions.get(delete.snapshotId()).get();
        }
        RuntimeException scripted = next(before, call.operation());
        if (scripted != null) {
            throw scripted;
        }
        if (randomOperations.contains(call.operation()) && roll() < throttleShare) {
            throttled.incrementAndGet();
            throw throttling();
        }
    }

    @Override
    public void afterCall(ApiCall call, Object response) {
        RuntimeException scripted = next(after, call.operation());
        if (scripted != null) {
            throw scripted;
        }
        if (randomOperations.contains(call.operation()) && call.mutating() && roll() < lostShare) {
            lost.incrementAndGet();
            throw internalError();
        }
    }

    private synchronized double roll() {
        return random.nextDouble();
    }

    private static RuntimeException next(Map<String, Deque<Supplier<RuntimeException>>> script, String operation) {
        Deque<Supplier<RuntimeException>> queue = script.get(operation);
        if (queue == null) {
            return null;
        }
        synchronized (queue) {
            Supplier<RuntimeException> error = queue.poll();
            return error == null ? null : error.get();
        }
    }

    static RuntimeException throttling() {
        return error(503, "RequestLimitExceeded", "Request limit exceeded.");
    }

    static RuntimeException internalError() {
        return error(500, "InternalError", "An internal error has occurred.");
    }

    static RuntimeException error(int status, String code, String message) {
        return Ec2Exception.builder().statusCode(status).message(message + " (Service: Ec2, Status Code: " + status + ")")
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message).serviceName("Ec2").build())
                .build();
    }
}
