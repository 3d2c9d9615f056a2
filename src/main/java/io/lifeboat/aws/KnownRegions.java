package io.lifeboat.aws;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.regions.Region;

/** The commercial regions the SDK knows, for pickers; which are enabled comes from {@link Regions}. */
public final class KnownRegions {

    private static final List<String> ALL = Region.regions().stream()
            .filter(r -> !r.isGlobalRegion())
            .map(Region::id)
            .filter(id -> !id.startsWith("cn-") && !id.startsWith("us-gov-") && !id.startsWith("us-iso")
                    && !id.startsWith("eusc-"))
            .sorted()
            .toList();

    /** Every partition's regions (China and GovCloud included): what a region name may be. */
    private static final Set<String> ANY_PARTITION = Region.regions().stream()
            .filter(r -> !r.isGlobalRegion()).map(Region::id).collect(Collectors.toUnmodifiableSet());

    private KnownRegions() {
    }

    public static List<String> all() {
        return ALL;
    }

    /** Whether the SDK knows this region, in any partition: a typo ({@code eu-wset-1}) is not one. */
    public static boolean isKnown(String id) {
        return id != null && ANY_PARTITION.contains(id);
    }
}
