package io.lifeboat.aws.sandbox.route53;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.route53.model.Change;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.ChangeInfo;
import software.amazon.awssdk.services.route53.model.ChangeStatus;
import software.amazon.awssdk.services.route53.model.ListResourceRecordSetsRequest;
import software.amazon.awssdk.services.route53.model.ListResourceRecordSetsResponse;
import software.amazon.awssdk.services.route53.model.RRType;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;

/**
 * Record sets of hosted zones. A change batch is all or nothing: every change is checked against the
 * zone as the earlier changes of the batch leave it, and every problem is reported at once. Unlike
 * Moto, CREATE of an existing record set fails, and DELETE must name the record set exactly.
 */
public final class Route53Records {

    /** How long a change stays PENDING before it is INSYNC on every Route53 name server. */
    public static final Duration PROPAGATION = Duration.ofSeconds(30);
    static final int MAX_ITEMS = 300;

    private final Route53State state;

    public Route53Records(Route53State state) {
        this.state = state;
    }

    public ListResourceRecordSetsResponse.Builder list(ListResourceRecordSetsRequest request) {
        if (request.startRecordType() != null && request.startRecordName() == null) {
            throw Route53Errors.invalidInput("The input is not valid: StartRecordType requires StartRecordName.");
        }
        int max = request.maxItems() == null ? MAX_ITEMS : Math.min(MAX_ITEMS, Math.max(1, parse(request.maxItems())));
        return state.locked(() -> {
            ZoneRecord zone = state.zone(request.hostedZoneId());
            List<ResourceRecordSet> records = zone.records;
            int from = 0;
            if (request.startRecordName() != null) {
                String startKey = DnsNames.sortKey(DnsNames.normalize(request.startRecordName()));
                String startType = request.startRecordTypeAsString() == null ? "" : request.startRecordTypeAsString();
                while (from < records.size() && before(records.get(from), startKey, startType)) {
                    from++;
                }
            }
            int to = Math.min(records.size(), from + max);
            ListResourceRecordSetsResponse.Builder response = ListResourceRecordSetsResponse.builder()
                    .resourceRecordSets(List.copyOf(records.subList(from, to)))
                    .isTruncated(to < records.size())
                    .maxItems(Integer.toString(max));
            if (to < records.size()) {
                ResourceRecordSet next = records.get(to);
                response.nextRecordName(next.name()).nextRecordType(next.type())
                        .nextRecordIdentifier(next.setIdentifier());
            }
            return response;
        });
    }

    private static boolean before(ResourceRecordSet record, String startKey, String startType) {
        int byName = DnsNames.sortKey(record.name()).compareTo(startKey);
        return byName < 0 || byName == 0 && record.typeAsString().compareTo(startType) < 0;
    }

    public ChangeInfo change(String hostedZoneId, String comment, List<Change> changes, Instant now) {
        if (changes.isEmpty()) {
            throw Route53Errors.invalidInput("Invalid request: ChangeBatch must contain at least one change.");
        }
        return state.locked(() -> {
            ZoneRecord zone = state.zone(hostedZoneId);
            List<ResourceRecordSet> working = new ArrayList<>(zone.records);
            List<String> problems = new ArrayList<>();
            for (Change change : changes) {
                apply(zone, working, change, problems);
            }
            if (!problems.isEmpty()) {
                throw Route53Errors.invalidChangeBatch(problems);
            }
            working.sort(DnsNames.ORDER);
            zone.records = working;
            return submit(comment, now);
        });
    }

    ChangeInfo submit(String comment, Instant now) {
        Route53State.Change change = new Route53State.Change(state.newId('C', 21), now, comment);
        state.changes.put(change.id(), change);
        return info(change, now);
    }

    public ChangeInfo get(String id, Instant now) {
        String bare = id == null ? "" : id.replaceFirst("^/?change/", "");
        return state.locked(() -> {
            Route53State.Change change = state.changes.get(bare);
            if (change == null) {
                throw Route53Errors.noSuchChange(bare);
            }
            return info(change, now);
        });
    }

    static ChangeInfo info(Route53State.Change change, Instant now) {
        boolean insync = !now.isBefore(change.submittedAt().plus(PROPAGATION));
        return ChangeInfo.builder().id("/change/" + change.id())
                .status(insync ? ChangeStatus.INSYNC : ChangeStatus.PENDING)
                .submittedAt(change.submittedAt()).comment(change.comment()).build();
    }

    private static void apply(ZoneRecord zone, List<ResourceRecordSet> working, Change change, List<String> problems) {
        ResourceRecordSet given = change.resourceRecordSet();
        if (given == null || given.name() == null || given.type() == null) {
            throw Route53Errors.invalidInput("Invalid request: a change needs a ResourceRecordSet with Name and Type.");
        }
        if (given.aliasTarget() == null && (given.ttl() == null || !given.hasResourceRecords()
                || given.resourceRecords().isEmpty())) {
            throw Route53Errors.invalidInput("Invalid request: Expected exactly one of [AliasTarget, all of [TTL, and "
                    + "ResourceRecords], or TrafficPolicyInstanceId], but found none in Change with [Action="
                    + change.actionAsString() + ", Name=" + given.name() + ", Type=" + given.typeAsString() + "]");
        }
        ResourceRecordSet record = given.toBuilder().name(DnsNames.normalize(given.name())).build();
        String label = "[name='" + record.name() + "', type='" + record.typeAsString() + "'"
                + (record.setIdentifier() == null ? "" : ", set-identifier='" + record.setIdentifier() + "'") + "]";
        if (!DnsNames.inZone(record.name(), zone.name)) {
            problems.add("RRSet with DNS name " + record.name() + " is not permitted in zone " + zone.name);
            return;
        }
        int existing = indexOf(working, record);
        ChangeAction action = change.action();
        if (action == ChangeAction.DELETE) {
            if (existing < 0) {
                problems.add("Tried to delete resource record set " + label + " but it was not found");
            } else if (!sameValues(working.get(existing), record)) {
                problems.add("Tried to delete resource record set " + label
                        + " but the values provided do not match the current values");
            } else if (record.name().equals(zone.name) && (record.type() == RRType.SOA || record.type() == RRType.NS)) {
                problems.add("A HostedZone must contain exactly one SOA record and at least one NS record for the zone itself.");
            } else {
                working.remove(existing);
            }
            return;
        }
        if (action == ChangeAction.CREATE && existing >= 0) {
            problems.add("Tried to create resource record set " + label + " but it already exists");
            return;
        }
        String conflict = cnameConflict(zone, working, record);
        if (conflict != null) {
            problems.add(conflict);
            return;
        }
        if (existing >= 0) {
            working.set(existing, record);
        } else {
            working.add(record);
        }
    }

    private static String cnameConflict(ZoneRecord zone, List<ResourceRecordSet> working, ResourceRecordSet record) {
        if (record.type() == RRType.CNAME && record.name().equals(zone.name)) {
            return "RRSet of type CNAME with DNS name " + record.name() + " is not permitted at apex in zone " + zone.name;
        }
        for (ResourceRecordSet other : working) {
            if (!other.name().equals(record.name()) || other.type() == record.type()) {
                continue;
            }
            if (record.type() == RRType.CNAME || other.type() == RRType.CNAME) {
                return "RRSet of type " + record.typeAsString() + " with DNS name " + record.name()
                        + " is not permitted because a conflicting RRSet of type " + other.typeAsString()
                        + " with the same DNS name already exists in zone " + zone.name;
            }
        }
        return null;
    }

    private static int indexOf(List<ResourceRecordSet> records, ResourceRecordSet record) {
        for (int i = 0; i < records.size(); i++) {
            ResourceRecordSet r = records.get(i);
            if (r.name().equals(record.name()) && r.type() == record.type()
                    && Objects.equals(r.setIdentifier(), record.setIdentifier())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean sameValues(ResourceRecordSet current, ResourceRecordSet given) {
        return Objects.equals(current.ttl(), given.ttl())
                && Objects.equals(current.resourceRecords(), given.resourceRecords())
                && Objects.equals(current.aliasTarget(), given.aliasTarget());
    }

    private static int parse(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw Route53Errors.invalidInput("Invalid MaxItems: " + text);
        }
    }
}
