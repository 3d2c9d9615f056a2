package io.lifeboat.aws.guard;

import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.ChangeResourceRecordSetsRequest;
import software.amazon.awssdk.services.route53.model.ChangeResourceRecordSetsResponse;
import software.amazon.awssdk.services.route53.model.CreateHostedZoneRequest;
import software.amazon.awssdk.services.route53.model.CreateHostedZoneResponse;
import software.amazon.awssdk.services.route53.model.GetChangeRequest;
import software.amazon.awssdk.services.route53.model.GetChangeResponse;
import software.amazon.awssdk.services.route53.model.GetHostedZoneRequest;
import software.amazon.awssdk.services.route53.model.GetHostedZoneResponse;
import software.amazon.awssdk.services.route53.model.ListHostedZonesRequest;
import software.amazon.awssdk.services.route53.model.ListHostedZonesResponse;
import software.amazon.awssdk.services.route53.model.ListResourceRecordSetsRequest;
import software.amazon.awssdk.services.route53.model.ListResourceRecordSetsResponse;
import software.amazon.awssdk.services.route53.waiters.Route53Waiter;

/**
 * Route53Client through the guards. Each operation Lifeboat makes (its features, and the scenario
 * tests that build fleets for them) is listed here and goes through {@link ClientGuard};
 * consumer-builder overloads, paginators and the waiter are the interface's default methods, which
 * call back into these, so every page and poll is guarded too. An operation not listed stays the
 * interface's default and fails as unsupported: a new one is added here, on purpose. Written out
 * rather than a dynamic proxy: a proxy resolves every method of the interface by reflection, which
 * loads all of its model classes (a second and a half for EC2, at start-up).
 */
final class GuardedRoute53Client implements Route53Client {

    private final Route53Client target;
    private final ClientGuard guard;

    /** Declared as the interface, so callers link without loading this class (see {@link GuardedClients}). */
    static Route53Client of(Route53Client target, ClientGuard guard) {
        return new GuardedRoute53Client(target, guard);
    }

    GuardedRoute53Client(Route53Client target, ClientGuard guard) {
        this.target = target;
        this.guard = guard;
    }

    @Override
    public ListHostedZonesResponse listHostedZones(ListHostedZonesRequest request) {
        return guard.call("ListHostedZones", request, () -> target.listHostedZones(request));
    }

    @Override
    public GetHostedZoneResponse getHostedZone(GetHostedZoneRequest request) {
        return guard.call("GetHostedZone", request, () -> target.getHostedZone(request));
    }

    @Override
    public CreateHostedZoneResponse createHostedZone(CreateHostedZoneRequest request) {
        return guard.call("CreateHostedZone", request, () -> target.createHostedZone(request));
    }

    @Override
    public ListResourceRecordSetsResponse listResourceRecordSets(ListResourceRecordSetsRequest request) {
        return guard.call("ListResourceRecordSets", request, () -> target.listResourceRecordSets(request));
    }

    @Override
    public ChangeResourceRecordSetsResponse changeResourceRecordSets(ChangeResourceRecordSetsRequest request) {
        return guard.call("ChangeResourceRecordSets", request, () -> target.changeResourceRecordSets(request));
    }

    @Override
    public GetChangeResponse getChange(GetChangeRequest request) {
        return guard.call("GetChange", request, () -> target.getChange(request));
    }

    @Override
    public Route53Waiter waiter() {
        return Route53Waiter.builder().client(this).build();
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
