package io.lifeboat.aws;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.SdkRequest;

/**
 * Wraps a service client (real or sandbox) in a proxy of its interface so that every operation goes
 * through the {@link CallInterceptor}s.
 *
 * <p>Every operation in the SDK client interfaces is a default method. A method the target class
 * overrides is called on the target; any other (consumer-builder overloads, paginators, waiters) runs
 * as the interface's default method <em>on the proxy</em>, so the calls it makes come back through
 * the guards. {@code waiter()} is overridden by the real clients with {@code client(this)}, which
 * would bypass the proxy, hence it always runs as the default method too.
 */
public final class GuardedClient<T extends SdkClient> implements InvocationHandler {

    private static final ClassValue<Map<Method, Boolean>> OVERRIDES = new ClassValue<>() {
        @Override
        protected Map<Method, Boolean> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final Class<T> api;
    private final T target;
    private final AwsService service;
    private final String region;
    private final List<CallInterceptor> interceptors;

    private GuardedClient(Class<T> api, T target, AwsService service, String region, List<CallInterceptor> interceptors) {
        this.api = api;
        this.target = target;
        this.service = service;
        this.region = region;
        this.interceptors = List.copyOf(interceptors);
    }

    public static <T extends SdkClient> T wrap(Class<T> api, T target, AwsService service, String region,
                                               List<CallInterceptor> interceptors) {
        Object proxy = Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[]{api},
                new GuardedClient<>(api, target, service, region, interceptors));
        return api.cast(proxy);
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return objectMethod(proxy, method, args);
        }
        // Before the operation check: xxxPaginator(XxxRequest) also takes one SdkRequest, but it only
        // builds an iterable whose page calls must come back through this proxy.
        if (method.getName().equals("waiter") || method.getName().endsWith("Paginator")) {
            return InvocationHandler.invokeDefault(proxy, method, args);
        }
        if (isOperation(method)) {
            return guardedOperation(proxy, method, args);
        }
        return dispatch(proxy, method, args);
    }

    private Object guardedOperation(Object proxy, Method method, Object[] args) throws Throwable {
        ApiCall call = new ApiCall(SEQUENCE.incrementAndGet(), service, Operations.fromMethodName(method.getName()), region,
                (SdkRequest) args[0], Instant.now());
        Object response;
        try {
            for (CallInterceptor interceptor : interceptors) {
                interceptor.beforeCall(call);
            }
            if (!targetOverrides(method)) {
                throw new UnsupportedOperationException(service.id() + ":" + call.operation()
                        + " is not available on this account (" + target.getClass().getSimpleName() + ")");
            }
            response = invokeTarget(method, args);
        } catch (Throwable error) {
            for (CallInterceptor interceptor : interceptors) {
                interceptor.callFailed(call, error);
            }
            throw error;
        }
        for (CallInterceptor interceptor : interceptors) {
            interceptor.afterCall(call, response);
        }
        return response;
    }

    private Object dispatch(Object proxy, Method method, Object[] args) throws Throwable {
        if (targetOverrides(method)) {
            return invokeTarget(method, args);
        }
        return InvocationHandler.invokeDefault(proxy, method, args);
    }

    private Object invokeTarget(Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private boolean targetOverrides(Method method) {
        Class<?> targetClass = target.getClass();
        return OVERRIDES.get(targetClass).computeIfAbsent(method, m -> {
            try {
                return !targetClass.getMethod(m.getName(), m.getParameterTypes()).getDeclaringClass().isInterface();
            } catch (NoSuchMethodException e) {
                return false;
            }
        });
    }

    private static boolean isOperation(Method method) {
        Class<?>[] params = method.getParameterTypes();
        return params.length == 1 && SdkRequest.class.isAssignableFrom(params[0]);
    }

    private Object objectMethod(Object proxy, Method method, Object[] args) {
        return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            default -> "guarded " + api.getSimpleName() + " (" + region + ") over " + target;
        };
    }
}
