package io.lifeboat.aws.sandbox;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One simulated AWS account, in memory: per-service, per-region state behind the sandbox clients.
 * Each service keeps its own state type, created on first use; the clients are the only way in
 * besides the fleet seeding.
 */
public final class SandboxAccount {

    public static final String ACCOUNT_ID = "111122223333";
    public static final String CALLER_ARN = "arn:aws:iam::" + ACCOUNT_ID + ":user/sandbox-operator";

    /** Regions enabled in the sandbox account (DescribeRegions). */
    public static final List<String> REGIONS = List.of("eu-west-3", "eu-west-1", "eu-central-1", "us-east-1",
            "us-west-2");

    private final SandboxClock clock;
    private final Map<String, Object> states = new ConcurrentHashMap<>();
    private final ThreadLocal<Boolean> seedingHere = ThreadLocal.withInitial(() -> false);
    private final Object seedLock = new Object();
    private volatile Set<Class<?>> seededLater = Set.of();
    private volatile Runnable pendingSeed;
    private volatile SandboxLimits limits = SandboxLimits.NONE;

    private SandboxAccount(SandboxClock clock) {
        this.clock = clock;
    }

    /** An account with nothing in it: for tests that build their own fixtures through the API. */
    public static SandboxAccount empty(SandboxClock clock) {
        return new SandboxAccount(clock);
    }

    /** The demo account: a believable fleet in three environments, a month of history. */
    public static SandboxAccount withDemoFleet(SandboxClock clock) {
        SandboxAccount account = new SandboxAccount(clock);
        SandboxFleet.seed(account);
        return account;
    }

    public SandboxClock clock() {
        return clock;
    }

    /** EC2's throttling and latency as this account models them; {@link SandboxLimits#NONE} unless asked. */
    public SandboxLimits limits() {
        return limits;
    }

    /** Turns the throttling and latency model on (or off with {@link SandboxLimits#NONE}), from the next call. */
    public SandboxAccount limit(SandboxLimits model) {
        this.limits = java.util.Objects.requireNonNull(model);
        return this;
    }

    public String accountId() {
        return ACCOUNT_ID;
    }

    public List<String> regions() {
        return REGIONS;
    }

    /**
     * Seeds some services' state the first time one of {@code types} is read: the first screen needs
     * EC2 only, and seeding the rest while it is drawn would compete with it for the CPU.
     */
    void seedOnFirstUse(Set<Class<?>> types, Runnable seed) {
        pendingSeed = seed;
        seededLater = Set.copyOf(types);
    }

    private void seedIfPending() {
        synchronized (seedLock) {
            Runnable seed = pendingSeed;
            if (seed != null) {
                pendingSeed = null;
                seedingHere.set(true);
                try {
                    seed.run();
                } finally {
                    seedingHere.remove();
                }
            }
        }
    }

    /** The state of one service in one region (use {@code "global"} for Route53), made on first use. */
    public <S> S state(Class<S> type, String region, Function<String, S> factory) {
        if (pendingSeed != null && seededLater.contains(type) && !seedingHere.get()) {
            seedIfPending();
        }
        Object state = states.computeIfAbsent(type.getName() + "/" + region, k -> factory.apply(region));
        return type.cast(state);
    }
}
