package io.lifeboat.aws.sandbox.route53;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.route53.model.ChangeInfo;
import software.amazon.awssdk.services.route53.model.CreateHostedZoneRequest;
import software.amazon.awssdk.services.route53.model.CreateHostedZoneResponse;
import software.amazon.awssdk.services.route53.model.DelegationSet;
import software.amazon.awssdk.services.route53.model.GetHostedZoneResponse;
import software.amazon.awssdk.services.route53.model.HostedZone;
import software.amazon.awssdk.services.route53.model.HostedZoneConfig;
import software.amazon.awssdk.services.route53.model.ListHostedZonesResponse;
import software.amazon.awssdk.services.route53.model.RRType;
import software.amazon.awssdk.services.route53.model.ResourceRecord;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;

/** Hosted zones: list, get (with VPCs for private zones), create with SOA and NS. */
public final class Route53Zones {

    static final int MAX_ITEMS = 100;
    static final List<String> PUBLIC_NAME_SERVERS = List.of("ns-1142.awsdns-14.org.", "ns-1893.awsdns-44.co.uk.",
            "ns-316.awsdns-39.com.", "ns-877.awsdns-45.net.");
    static final List<String> PRIVATE_NAME_SERVERS = List.of("ns-1536.awsdns-00.co.uk.", "ns-0.awsdns-00.com.",
            "ns-1024.awsdns-00.org.", "ns-512.awsdns-00.net.");

    private final Route53State state;

    public Route53Zones(Route53State state) {
        this.state = state;
    }

    /** @param privateOnly null for all zones, else only private (true) or public (false) ones */
    public ListHostedZonesResponse.Builder list(String marker, String maxItems, Boolean privateOnly) {
        int max = maxItems == null ? MAX_ITEMS : Math.min(MAX_ITEMS, Math.max(1, parse(maxItems)));
        return state.locked(() -> {
            List<ZoneRecord> zones = new ArrayList<>(state.zones.values().stream()
                    .filter(z -> privateOnly == null || z.privateZone == privateOnly).toList());
            int from = 0;
            if (marker != null) {
                String bare = marker.replaceFirst("^/?hostedzone/", "");
                from = -1;
                for (int i = 0; i < zones.size(); i++) {
                    if (zones.get(i).id.equals(bare)) {
                        from = i;
                    }
                }
                if (from < 0) {
                    throw Route53Errors.invalidInput("Invalid marker: " + marker);
                }
            }
            int to = Math.min(zones.size(), from + max);
            ListHostedZonesResponse.Builder response = ListHostedZonesResponse.builder()
                    .hostedZones(zones.subList(from, to).stream().map(Route53Zones::hostedZone).toList())
                    .marker(marker)
                    .isTruncated(to < zones.size())
                    .maxItems(Integer.toString(max));
            if (to < zones.size()) {
                response.nextMarker(zones.get(to).id);
            }
            return response;
        });
    }

    public GetHostedZoneResponse.Builder get(String id) {
        return state.locked(() -> {
            ZoneRecord zone = state.zone(id);
            GetHostedZoneResponse.Builder response = GetHostedZoneResponse.builder().hostedZone(hostedZone(zone));
            if (zone.privateZone) {
                response.vpCs(List.copyOf(zone.vpcs));
            } else {
                response.delegationSet(DelegationSet.builder().nameServers(PUBLIC_NAME_SERVERS).build());
            }
            return response;
        });
    }

    public CreateHostedZoneResponse.Builder create(CreateHostedZoneRequest request, Instant now) {
        if (request.name() == null || request.callerReference() == null) {
            throw Route53Errors.invalidInput("Invalid request: Name and CallerReference are required.");
        }
        HostedZoneConfig config = request.hostedZoneConfig();
        boolean privateZone = request.vpc() != null;
        if (config != null && Boolean.TRUE.equals(config.privateZone()) && request.vpc() == null) {
            throw Route53Errors.invalidInput("When you're creating a private hosted zone, you must specify a VPC.");
        }
        String name = DnsNames.normalize(request.name());
        return state.locked(() -> {
            for (ZoneRecord existing : state.zones.values()) {
                if (existing.callerReference.equals(request.callerReference())) {
                    throw Route53Errors.hostedZoneAlreadyExists(name, request.callerReference());
                }
            }
            ZoneRecord zone = new ZoneRecord(state.newId('Z', 21), name, request.callerReference(),
                    config == null ? null : config.comment(), privateZone, now);
            if (privateZone) {
                zone.vpcs.add(request.vpc());
            }
            List<String> servers = privateZone ? PRIVATE_NAME_SERVERS : PUBLIC_NAME_SERVERS;
            zone.records.add(record(name, RRType.NS, 172_800, servers));
            zone.records.add(record(name, RRType.SOA, 900, List.of(servers.get(0)
                    + " awsdns-hostmaster.amazon.com. 1 7200 900 1209600 86400")));
            zone.records.sort(DnsNames.ORDER);
            state.zones.put(zone.id, zone);
            ChangeInfo change = new Route53Records(state).submit(null, now);
            CreateHostedZoneResponse.Builder response = CreateHostedZoneResponse.builder()
                    .hostedZone(hostedZone(zone)).changeInfo(change)
                    .location("https://route53.amazonaws.com/2013-04-01/hostedzone/" + zone.id);
            if (privateZone) {
                response.vpc(request.vpc());
            } else {
                response.delegationSet(DelegationSet.builder().nameServers(servers).build());
            }
            return response;
        });
    }

    static ResourceRecordSet record(String name, RRType type, long ttl, List<String> values) {
        return ResourceRecordSet.builder().name(name).type(type).ttl(ttl)
                .resourceRecords(values.stream().map(v -> ResourceRecord.builder().value(v).build()).toList()).build();
    }

    static HostedZone hostedZone(ZoneRecord zone) {
        return HostedZone.builder()
                .id("/hostedzone/" + zone.id)
                .name(zone.name)
                .callerReference(zone.callerReference)
                .config(HostedZoneConfig.builder().comment(zone.comment).privateZone(zone.privateZone).build())
                .resourceRecordSetCount((long) zone.records.size())
                .build();
    }

    private static int parse(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw Route53Errors.invalidInput("Invalid MaxItems: " + text);
        }
    }
}
