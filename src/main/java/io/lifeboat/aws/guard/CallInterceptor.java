package io.lifeboat.aws.guard;

/**
 * A guard around every client call, on every account (real, Moto, sandbox). Sandbox clients never
 * enter the SDK's own pipeline, so read-only mode, the audit log and call counting live here rather
 * than only in an SDK {@code ExecutionInterceptor}. Any method may throw to stop the call.
 */
public interface CallInterceptor {

    default void beforeCall(ApiCall call) {
    }

    default void afterCall(ApiCall call, Object response) {
    }

    default void callFailed(ApiCall call, Throwable error) {
    }
}
