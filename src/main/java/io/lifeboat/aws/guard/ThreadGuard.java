package io.lifeboat.aws.guard;

import java.util.function.BooleanSupplier;

/**
 * Fails any AWS call made from a forbidden thread. The desktop installs "is this the JavaFX
 * application thread" here, so a call on the UI thread is a bug that shows at once rather than a
 * frozen window.
 */
public final class ThreadGuard implements CallInterceptor {

    private final BooleanSupplier onForbiddenThread;

    public ThreadGuard(BooleanSupplier onForbiddenThread) {
        this.onForbiddenThread = onForbiddenThread;
    }

    @Override
    public void beforeCall(ApiCall call) {
        if (onForbiddenThread.getAsBoolean()) {
            throw new IllegalStateException(call + " was called on the UI thread (" + Thread.currentThread().getName()
                    + "); AWS calls must run as background tasks");
        }
    }
}
