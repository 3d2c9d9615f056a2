package io.lifeboat.aws.guard;

import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityRequest;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * StsClient through the guards. Each operation Lifeboat makes (its features, and the scenario tests
 * that build fleets for them) is listed here and goes through {@link ClientGuard}; consumer-builder
 * overloads, paginators are the interface's default methods, which call back into these, so every
 * page and poll is guarded too. An operation not listed stays the interface's default and fails as
 * unsupported: a new one is added here, on purpose. Written out rather than a dynamic proxy: a
 * proxy resolves every method of the interface by reflection, which loads all of its model classes
 * (a second and a half for EC2, at start-up).
 */
final class GuardedStsClient implements StsClient {

    private final StsClient target;
    private final ClientGuard guard;

    /** Declared as the interface, so callers link without loading this class (see {@link GuardedClients}). */
    static StsClient of(StsClient target, ClientGuard guard) {
        return new GuardedStsClient(target, guard);
    }

    GuardedStsClient(StsClient target, ClientGuard guard) {
        this.target = target;
        this.guard = guard;
    }

    @Override
    public GetCallerIdentityResponse getCallerIdentity(GetCallerIdentityRequest request) {
        return guard.call("GetCallerIdentity", request, () -> target.getCallerIdentity(request));
    }

    @Override
    public AssumeRoleResponse assumeRole(AssumeRoleRequest request) {
        return guard.call("AssumeRole", request, () -> target.assumeRole(request));
    }

    @Override
    public String serviceName() {
        return target.serviceName();
    }

    @Override
    public void close() {
        // The raw client belongs to the account's ServiceClients, which closes it.
    }
}
