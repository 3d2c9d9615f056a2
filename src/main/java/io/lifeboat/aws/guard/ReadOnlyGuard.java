package io.lifeboat.aws.guard;

import java.util.function.BooleanSupplier;

/** Refuses every mutating call while read-only mode is on; the switch is read at each call. */
public final class ReadOnlyGuard implements CallInterceptor {

    private final BooleanSupplier readOnly;

    public ReadOnlyGuard(BooleanSupplier readOnly) {
        this.readOnly = readOnly;
    }

    @Override
    public void beforeCall(ApiCall call) {
        if (call.mutating() && readOnly.getAsBoolean()) {
            throw new ReadOnlyModeException(call);
        }
    }
}
