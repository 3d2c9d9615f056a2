package io.lifeboat.aws;

import java.util.List;
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

    private KnownRegions() {
    }

    public static List<String> all() {
        return ALL;
    }
}
