package io.lifeboat.aws.guard;

import io.lifeboat.aws.AwsService;
import java.util.function.BooleanSupplier;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Read-only mode inside the SDK's own pipeline: a second lock behind {@link ReadOnlyGuard}, so that
 * a real client reached by any other path (a waiter built on the raw client, code that forgot the
 * guard) still cannot send a mutating request.
 */
public final class SdkReadOnlyInterceptor implements ExecutionInterceptor {

    private final BooleanSupplier readOnly;

    public SdkReadOnlyInterceptor(BooleanSupplier readOnly) {
        this.readOnly = readOnly;
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        if (operation != null && Operations.isMutating(operation) && readOnly.getAsBoolean()) {
            throw new ReadOnlyModeException(new ApiCall(0, serviceOf(attributes), operation, "", context.request(),
                    java.time.Instant.now()));
        }
    }

    private static AwsService serviceOf(ExecutionAttributes attributes) {
        String name = String.valueOf(attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME)).toLowerCase();
        for (AwsService service : AwsService.values()) {
            if (name.startsWith(service.id())) {
                return service;
            }
        }
        return AwsService.EC2;
    }
}
