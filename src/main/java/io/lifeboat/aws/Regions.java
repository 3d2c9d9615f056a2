package io.lifeboat.aws;

import java.util.List;
import software.amazon.awssdk.services.ec2.model.Region;

/** The regions enabled for the account (DescribeRegions), for "all regions". */
public final class Regions {

    private Regions() {
    }

    public static List<String> enabled(ServiceClients clients, String homeRegion) {
        return clients.ec2(homeRegion).describeRegions(r -> r.allRegions(false)).regions().stream()
                .map(Region::regionName)
                .sorted()
                .toList();
    }
}
