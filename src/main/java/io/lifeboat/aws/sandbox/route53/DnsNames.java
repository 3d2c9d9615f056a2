package io.lifeboat.aws.sandbox.route53;

import java.util.Comparator;
import java.util.Locale;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;

/** Route53's handling of names: lower case, fully qualified, and its listing order. */
final class DnsNames {

    private DnsNames() {
    }

    static String normalize(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower : lower + ".";
    }

    static boolean inZone(String name, String zone) {
        return name.equals(zone) || name.endsWith("." + zone);
    }

    /** {@code www.example.com.} sorts as {@code com.example.www}, as ListResourceRecordSets orders them. */
    static String sortKey(String name) {
        String[] labels = name.split("\\.");
        StringBuilder key = new StringBuilder();
        for (int i = labels.length - 1; i >= 0; i--) {
            key.append(labels[i]);
            if (i > 0) {
                key.append('.');
            }
        }
        return key.toString();
    }

    static final Comparator<ResourceRecordSet> ORDER = Comparator
            .comparing((ResourceRecordSet r) -> sortKey(r.name()))
            .thenComparing(ResourceRecordSet::typeAsString)
            .thenComparing(r -> r.setIdentifier() == null ? "" : r.setIdentifier());
}
