package io.lifeboat.volumes;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/**
 * The inventory's columns, shared by the table, the CSV export and the CLI table, so they agree on
 * headers and formatting.
 */
public enum VolumeColumn {
    VOLUME_ID("Volume", VolumeRecord::volumeId),
    NAME("Name", VolumeRecord::name),
    INSTANCE_ID("Instance", r -> nullToEmpty(r.instanceId())),
    INSTANCE_NAME("Instance name", VolumeRecord::instanceName),
    DEVICE("Device", r -> nullToEmpty(r.volume().device())),
    SIZE("Size (GiB)", r -> Integer.toString(r.volume().sizeGiB())),
    TYPE("Type", r -> nullToEmpty(r.volume().type())),
    IOPS("IOPS", r -> r.volume().iops() == null ? "" : r.volume().iops().toString()),
    THROUGHPUT("Throughput (MiB/s)", r -> r.volume().throughput() == null ? "" : r.volume().throughput().toString()),
    STATE("State", r -> nullToEmpty(r.volume().state())),
    REGION("Region", VolumeRecord::region),
    AVAILABILITY_ZONE("AZ", r -> nullToEmpty(r.volume().availabilityZone())),
    ENCRYPTED("Encrypted", r -> r.volume().encrypted() ? "yes" : "no"),
    POLICY("Policy", r -> r.policy().kind().id()),
    RETENTION("Retention (days)", r -> r.policy().backedUp() ? Integer.toString(r.policy().retentionDays()) : ""),
    LAST_SNAPSHOT("Last snapshot", r -> r.lastSnapshot() == null ? "" : DateTimeFormatter.ISO_INSTANT.format(r.lastSnapshot())),
    STATUS("Status", r -> r.status().label()),
    PROBLEM("Problem", r -> nullToEmpty(r.policy().problem()));

    private final String header;
    private final Function<VolumeRecord, String> text;

    VolumeColumn(String header, Function<VolumeRecord, String> text) {
        this.header = header;
        this.text = text;
    }

    public String header() {
        return header;
    }

    public String text(VolumeRecord record) {
        return text.apply(record);
    }

    /** "3 h", "2 d": how long ago, for the age column. */
    public static String age(Instant then, Instant now) {
        if (then == null) {
            return "";
        }
        Duration age = Duration.between(then, now);
        if (age.isNegative()) {
            return "0 m";
        }
        if (age.toDays() >= 2) {
            return age.toDays() + " d";
        }
        if (age.toHours() >= 1) {
            return age.toHours() + " h";
        }
        return age.toMinutes() + " m";
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
