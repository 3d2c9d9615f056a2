package io.lifeboat.aws.sandbox;

import io.lifeboat.aws.sandbox.route53.Route53Records;
import io.lifeboat.aws.sandbox.route53.Route53State;
import io.lifeboat.aws.sandbox.route53.Route53Zones;
import java.time.Instant;
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

/**
 * The sandbox's Route53 (global): hosted zones, record sets with Route53's change-batch rules, and
 * changes that are PENDING for a while before INSYNC. The work is done in {@code sandbox.route53}.
 */
final class SandboxRoute53Client implements Route53Client {

    private final SandboxAccount account;
    private final Route53State state;

    SandboxRoute53Client(SandboxAccount account) {
        this.account = account;
        this.state = Route53State.of(account);
    }

    @Override
    public ListHostedZonesResponse listHostedZones(ListHostedZonesRequest request) {
        Boolean privateOnly = request.hostedZoneType() == null ? null
                : request.hostedZoneType() == software.amazon.awssdk.services.route53.model.HostedZoneType.PRIVATE_HOSTED_ZONE;
        return SandboxResponses.done(new Route53Zones(state).list(request.marker(), request.maxItems(), privateOnly));
    }

    @Override
    public GetHostedZoneResponse getHostedZone(GetHostedZoneRequest request) {
        return SandboxResponses.done(new Route53Zones(state).get(request.id()));
    }

    @Override
    public CreateHostedZoneResponse createHostedZone(CreateHostedZoneRequest request) {
        return SandboxResponses.done(new Route53Zones(state).create(request, now()));
    }

    @Override
    public ListResourceRecordSetsResponse listResourceRecordSets(ListResourceRecordSetsRequest request) {
        return SandboxResponses.done(new Route53Records(state).list(request));
    }

    @Override
    public ChangeResourceRecordSetsResponse changeResourceRecordSets(ChangeResourceRecordSetsRequest request) {
        if (request.changeBatch() == null) {
            throw io.lifeboat.aws.sandbox.route53.Route53Errors.invalidInput("Invalid request: ChangeBatch is required.");
        }
        return SandboxResponses.done(ChangeResourceRecordSetsResponse.builder().changeInfo(new Route53Records(state)
                .change(request.hostedZoneId(), request.changeBatch().comment(), request.changeBatch().changes(), now())));
    }

    @Override
    public GetChangeResponse getChange(GetChangeRequest request) {
        return SandboxResponses.done(GetChangeResponse.builder().changeInfo(new Route53Records(state).get(request.id(), now())));
    }

    private Instant now() {
        return account.clock().instant();
    }


    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {
    }
}
