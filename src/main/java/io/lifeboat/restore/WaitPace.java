package io.lifeboat.restore;

import java.time.Duration;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/**
 * How a restore job polls while RDS and Route53 work: the SDK waiter's pause between two polls and
 * how long it keeps polling. On AWS a restore takes minutes to hours; the sandbox answers from memory
 * and can be polled often; tests on a sandbox clock that stands still pass a strategy that moves it.
 *
 * @param databaseTimeout how long to wait for a cluster or instances before the step fails (a retry waits again)
 */
public record WaitPace(BackoffStrategy database, BackoffStrategy dns, Duration databaseTimeout, Duration dnsTimeout,
                       int maxPolls) {

    /** Describe calls every 30 s (the SDK's own RDS waiters poll so), GetChange every 10 s. */
    public static WaitPace aws() {
        return new WaitPace(BackoffStrategy.fixedDelayWithoutJitter(Duration.ofSeconds(30)),
                BackoffStrategy.fixedDelayWithoutJitter(Duration.ofSeconds(10)), Duration.ofHours(12),
                Duration.ofMinutes(30), Integer.MAX_VALUE);
    }

    /** The same pause for everything, on a simulated account. */
    public static WaitPace every(Duration pause) {
        BackoffStrategy fixed = BackoffStrategy.fixedDelayWithoutJitter(pause);
        return new WaitPace(fixed, fixed, Duration.ofHours(12), Duration.ofHours(1), Integer.MAX_VALUE);
    }

    /** Polls as {@code strategy} says, at most {@code maxPolls} times per wait (tests that move a clock). */
    public static WaitPace of(BackoffStrategy strategy, int maxPolls) {
        return new WaitPace(strategy, strategy, Duration.ofHours(1), Duration.ofHours(1), maxPolls);
    }

    WaiterOverrideConfiguration forDatabase() {
        return WaiterOverrideConfiguration.builder().backoffStrategyV2(database).waitTimeout(databaseTimeout)
                .maxAttempts(maxPolls).build();
    }

    WaiterOverrideConfiguration forDns() {
        return WaiterOverrideConfiguration.builder().backoffStrategyV2(dns).waitTimeout(dnsTimeout)
                .maxAttempts(maxPolls).build();
    }
}
