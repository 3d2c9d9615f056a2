package io.lifeboat.aws.sandbox.ec2;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Time as EC2 writes it in filters and string fields: ISO-8601, milliseconds, UTC ({@code 2026-10-01T01:00:12.000Z}). */
public final class Ec2Time {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private Ec2Time() {
    }

    public static String format(Instant instant) {
        return FORMAT.format(instant);
    }

    /** EC2 answers carry millisecond precision; keeping that avoids sub-millisecond surprises in tests. */
    public static Instant truncate(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
