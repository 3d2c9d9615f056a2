package io.lifeboat.aws.sandbox.ec2;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/** The EC2 resource types the sandbox knows, with their id prefix and the error codes AWS uses for them. */
public enum ResourceKind {
    INSTANCE("i", "instance", "instance ID", "instance IDs", "InvalidInstanceID.NotFound", "InvalidInstanceID.Malformed", ""),
    VOLUME("vol", "volume", "volume", "volumes", "InvalidVolume.NotFound", "InvalidVolumeID.Malformed", "."),
    SNAPSHOT("snap", "snapshot", "snapshot", "snapshots", "InvalidSnapshot.NotFound", "InvalidSnapshotID.Malformed", "."),
    IMAGE("ami", "image", "image id", "image ids", "InvalidAMIID.NotFound", "InvalidAMIID.Malformed", ""),
    RESERVATION("r", "reservation", "reservation", "reservations", "InvalidReservationID.NotFound",
            "InvalidReservationID.Malformed", ".");

    /** AWS ids: prefix, dash, 8 (older) or 17 lower-case hex digits. */
    private static final Pattern HEX_ID = Pattern.compile("[0-9a-f]{8}|[0-9a-f]{17}");

    private final String prefix;
    private final String resourceType;
    private final String noun;
    private final String plural;
    private final String notFoundCode;
    private final String malformedCode;
    private final String messageEnd;

    ResourceKind(String prefix, String resourceType, String noun, String plural, String notFoundCode,
                 String malformedCode, String messageEnd) {
        this.prefix = prefix;
        this.resourceType = resourceType;
        this.noun = noun;
        this.plural = plural;
        this.notFoundCode = notFoundCode;
        this.malformedCode = malformedCode;
        this.messageEnd = messageEnd;
    }

    public String prefix() {
        return prefix;
    }

    /** The name used in TagSpecifications and DescribeTags ({@code volume}, {@code snapshot}...). */
    public String resourceType() {
        return resourceType;
    }

    String noun() {
        return noun;
    }

    String plural() {
        return plural;
    }

    String notFoundCode() {
        return notFoundCode;
    }

    String malformedCode() {
        return malformedCode;
    }

    String messageEnd() {
        return messageEnd;
    }

    public boolean isWellFormed(String id) {
        return id != null && id.startsWith(prefix + "-") && HEX_ID.matcher(id.substring(prefix.length() + 1)).matches();
    }

    /** Throws the kind's {@code .Malformed} error unless the id looks like one of this kind. */
    public String requireWellFormed(String id) {
        if (!isWellFormed(id)) {
            throw Ec2Errors.malformed(this, id);
        }
        return id;
    }

    /** The kind an id belongs to, by its prefix (CreateTags takes ids of any kind). */
    public static Optional<ResourceKind> ofId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        int dash = id.indexOf('-');
        if (dash < 0) {
            return Optional.empty();
        }
        String prefix = id.substring(0, dash);
        return Arrays.stream(values()).filter(kind -> kind.prefix.equals(prefix)).findFirst();
    }
}
