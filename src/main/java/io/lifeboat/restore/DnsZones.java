package io.lifeboat.restore;

import io.lifeboat.aws.Problem;
import io.lifeboat.aws.ProblemException;
import io.lifeboat.aws.ServiceClients;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.RRType;
import software.amazon.awssdk.services.route53.model.ResourceRecord;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;

/**
 * The private hosted zones and their CNAMEs, as a cutover picks them: ListHostedZones and
 * ListResourceRecordSets (paginated, largest pages), one record read by its name, a zone's VPCs.
 */
public final class DnsZones {

    /** A private hosted zone. */
    public record Zone(String id, String name, long records) {
    }

    private final ServiceClients clients;

    public DnsZones(ServiceClients clients) {
        this.clients = clients;
    }

    public List<Zone> privateZones() {
        return route53().listHostedZonesPaginator(r -> r.maxItems("100")).hostedZones().stream()
                .filter(z -> z.config() != null && Boolean.TRUE.equals(z.config().privateZone()))
                .map(z -> new Zone(z.id(), z.name(), z.resourceRecordSetCount() == null ? 0 : z.resourceRecordSetCount()))
                .toList();
    }

    /** The zone's plain CNAMEs (no alias, no routing policy), in Route53's order. */
    public List<DnsRecord> cnames(String zoneId) {
        return route53().listResourceRecordSetsPaginator(r -> r.hostedZoneId(zoneId).maxItems("300"))
                .resourceRecordSets().stream().map(DnsZones::plainCname).flatMap(Optional::stream).toList();
    }

    /** The CNAME {@code name}, read alone (one call from its name on). */
    public Optional<DnsRecord> cname(String zoneId, String name) {
        String wanted = qualified(name);
        return route53().listResourceRecordSets(r -> r.hostedZoneId(zoneId).startRecordName(wanted)
                        .startRecordType(RRType.CNAME).maxItems("1"))
                .resourceRecordSets().stream().filter(s -> s.name().equals(wanted))
                .map(DnsZones::plainCname).flatMap(Optional::stream).findFirst();
    }

    /** The VPCs a private zone answers in ("vpc-0a7c... (eu-west-3)"). */
    public List<String> vpcs(String zoneId) {
        return route53().getHostedZone(r -> r.id(zoneId)).vpCs().stream()
                .map(v -> v.vpcId() + " (" + v.vpcRegionAsString() + ")").toList();
    }

    /** {@code ZONE/RECORD} as the command line takes it: the zone by name among the private zones. */
    public CutoverTarget target(String zoneAndRecord) {
        int slash = zoneAndRecord.indexOf('/');
        if (slash <= 0 || slash == zoneAndRecord.length() - 1) {
            throw invalid("'" + zoneAndRecord + "' is not ZONE/RECORD (myproject.io/mydatabase.myproject.io).");
        }
        String zoneName = qualified(zoneAndRecord.substring(0, slash));
        String record = qualified(zoneAndRecord.substring(slash + 1));
        if (!record.endsWith("." + zoneName)) {
            record = qualified(zoneAndRecord.substring(slash + 1) + "." + zoneName);
        }
        String recordName = record;
        List<Zone> matching = privateZones().stream().filter(z -> z.name().equals(zoneName)).toList();
        if (matching.isEmpty()) {
            throw invalid("No private hosted zone named " + zoneName + " in this account.");
        }
        if (matching.size() > 1) {
            throw invalid("Several private hosted zones are named " + zoneName + " ("
                    + String.join(", ", matching.stream().map(Zone::id).toList()) + "); Lifeboat cannot tell which.");
        }
        return new CutoverTarget(matching.get(0).id(), zoneName, recordName);
    }

    static String qualified(String name) {
        String lower = name.trim().toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower : lower + ".";
    }

    private static Optional<DnsRecord> plainCname(ResourceRecordSet set) {
        if (set.type() != RRType.CNAME || set.aliasTarget() != null || set.setIdentifier() != null
                || !set.hasResourceRecords() || set.resourceRecords().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DnsRecord(set.name(), set.resourceRecords().stream().map(ResourceRecord::value)
                .findFirst().orElse(""), set.ttl() == null ? 0 : set.ttl()));
    }

    private Route53Client route53() {
        return clients.route53();
    }

    private static ProblemException invalid(String message) {
        return new ProblemException(new Problem(Problem.Kind.INVALID_INPUT, "InvalidCname", message,
                "Give --cname as ZONE/RECORD of a private hosted zone, e.g. myproject.io/mydatabase."));
    }
}
