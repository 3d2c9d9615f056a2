package io.lifeboat.backup;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * How long a run may take, on the machine's monotonic clock (never the sandbox's simulated one): the
 * runner starts no work that would pass the end, finishes what is in flight, and reports the rest as
 * left for the next run. {@link #none()} never stops anything.
 */
public final class TimeBudget {

    private static final TimeBudget NONE = new TimeBudget(Long.MAX_VALUE, System::nanoTime);

    private final long endNanos;
    private final LongSupplier nanoTime;

    private TimeBudget(long endNanos, LongSupplier nanoTime) {
        this.endNanos = endNanos;
        this.nanoTime = nanoTime;
    }

    public static TimeBudget none() {
        return NONE;
    }

    /** {@code budget} from now. */
    public static TimeBudget of(Duration budget) {
        return of(budget, System::nanoTime);
    }

    static TimeBudget of(Duration budget, LongSupplier nanoTime) {
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("A time budget must be positive");
        }
        return new TimeBudget(nanoTime.getAsLong() + budget.toNanos(), nanoTime);
    }

    public boolean limited() {
        return endNanos != Long.MAX_VALUE;
    }

    /** Whether work expected to take {@code expected} would still end within the budget. */
    public boolean allows(Duration expected) {
        return !limited() || nanoTime.getAsLong() + expected.toNanos() <= endNanos;
    }
}
