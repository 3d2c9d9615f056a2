package io.lifeboat.restore;

import io.lifeboat.aws.Problem;
import io.lifeboat.aws.ProblemException;
import io.lifeboat.tasks.TaskCancelledException;
import io.lifeboat.tasks.TaskContext;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.waiters.Waiter;
import software.amazon.awssdk.core.waiters.WaiterAcceptor;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;

/**
 * Polls through the SDK's waiter until a condition holds: the waiter does the pausing (as
 * {@link WaitPace} sets it) and the giving up; each poll reports to the task and checks for a cancel.
 * A failure state, the waiter's time running out, an interrupt and an error of the poll itself come
 * back as the exception they are, not wrapped in the waiter's own.
 */
final class Polling {

    private Polling() {
    }

    /**
     * @param failure the reason a value means it will never get there ("failed", "deleting"), else {@code null}
     * @param what what is awaited, for the timeout's message ("orders-restored to be available")
     */
    static <T> T until(Class<T> type, WaiterOverrideConfiguration pace, TaskContext context, Supplier<T> poll,
                       Predicate<T> done, Function<T, String> failure, String what) {
        AtomicReference<String> failed = new AtomicReference<>();
        AtomicReference<RuntimeException> pollError = new AtomicReference<>();
        Waiter<T> waiter = Waiter.builder(type)
                .acceptors(List.of(
                        WaiterAcceptor.successOnResponseAcceptor(done),
                        WaiterAcceptor.errorOnResponseAcceptor(value -> {
                            failed.set(failure.apply(value));
                            return failed.get() != null;
                        }),
                        WaiterAcceptor.retryOnResponseAcceptor(value -> true)))
                .overrideConfiguration(pace)
                .build();
        try {
            return waiter.run(() -> {
                try {
                    context.checkCancelled();
                    return poll.get();
                } catch (RuntimeException e) {
                    pollError.set(e);
                    throw e;
                }
            }).matched().response().orElseThrow();
        } catch (SdkClientException e) {
            if (Thread.currentThread().isInterrupted() || context.cancelled()
                    || e.getCause() instanceof InterruptedException) {
                throw new TaskCancelledException();
            }
            if (pollError.get() != null) {
                throw pollError.get();
            }
            if (failed.get() != null) {
                throw new ProblemException(new Problem(Problem.Kind.SERVICE_ERROR, "WaitFailed", failed.get(), null), e);
            }
            throw new ProblemException(new Problem(Problem.Kind.TRANSIENT, "WaitTimedOut",
                    "Still waiting for " + what + " (" + e.getMessage() + ").",
                    "Retry the job to keep waiting; nothing done so far is redone."), e);
        }
    }
}
