package io.lifeboat.snapshots;

import java.util.List;
import java.util.Map;

/**
 * The EBS volume types a snapshot can be restored to, with the sizes, IOPS and throughput CreateVolume
 * accepts for each (the API reference's ranges), so a form can say what is wrong before anything is sent.
 */
public final class VolumeTypes {

    /** One type's ranges; {@code maxIops == 0}: it takes no IOPS; {@code maxThroughput == 0}: no throughput. */
    public record Limits(String type, int minGiB, int maxGiB, int minIops, int maxIops, boolean iopsRequired,
                         int minThroughput, int maxThroughput) {

        public boolean takesIops() {
            return maxIops > 0;
        }

        public boolean takesThroughput() {
            return maxThroughput > 0;
        }
    }

    public static final List<String> TYPES = List.of("gp3", "gp2", "io2", "io1", "st1", "sc1", "standard");

    private static final Map<String, Limits> LIMITS = Map.of(
            "gp3", new Limits("gp3", 1, 16_384, 3_000, 16_000, false, 125, 1_000),
            "gp2", new Limits("gp2", 1, 16_384, 0, 0, false, 0, 0),
            "io2", new Limits("io2", 4, 65_536, 100, 256_000, true, 0, 0),
            "io1", new Limits("io1", 4, 16_384, 100, 64_000, true, 0, 0),
            "st1", new Limits("st1", 125, 16_384, 0, 0, false, 0, 0),
            "sc1", new Limits("sc1", 125, 16_384, 0, 0, false, 0, 0),
            "standard", new Limits("standard", 1, 1_024, 0, 0, false, 0, 0));

    private VolumeTypes() {
    }

    /** The type's limits, or {@code null} for a type EBS does not have. */
    public static Limits of(String type) {
        return type == null ? null : LIMITS.get(type);
    }
}
