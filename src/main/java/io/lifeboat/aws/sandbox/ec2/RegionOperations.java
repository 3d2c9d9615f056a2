package io.lifeboat.aws.sandbox.ec2;

import java.util.List;
import java.util.function.Predicate;
import software.amazon.awssdk.services.ec2.model.AvailabilityZone;
import software.amazon.awssdk.services.ec2.model.DescribeAvailabilityZonesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeAvailabilityZonesResponse;
import software.amazon.awssdk.services.ec2.model.DescribeRegionsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeRegionsResponse;
import software.amazon.awssdk.services.ec2.model.Region;

/** DescribeRegions (the sandbox account's enabled regions) and DescribeAvailabilityZones (a, b, c). */
public final class RegionOperations {

    private final List<String> regions;
    private final String region;

    public RegionOperations(List<String> regions, String region) {
        this.regions = List.copyOf(regions);
        this.region = region;
    }

    public DescribeRegionsResponse describeRegions(DescribeRegionsRequest request) {
        Predicate<Region> filter = Ec2Filters.REGIONS.compile(request.filters());
        for (String name : request.regionNames()) {
            if (!regions.contains(name)) {
                throw Ec2Errors.invalidParameterValue("Invalid region: " + name);
            }
        }
        List<Region> answer = regions.stream()
                .filter(name -> !request.hasRegionNames() || request.regionNames().contains(name))
                .map(name -> Region.builder()
                        .regionName(name)
                        .endpoint("ec2." + name + ".amazonaws.com")
                        .optInStatus("opt-in-not-required")
                        .build())
                .filter(filter)
                .toList();
        return Lookups.withMetadata(DescribeRegionsResponse.builder().regions(answer)).build();
    }

    public DescribeAvailabilityZonesResponse describeAvailabilityZones(DescribeAvailabilityZonesRequest request) {
        Predicate<AvailabilityZone> filter = Ec2Filters.ZONES.compile(request.filters());
        List<AvailabilityZone> all = List.of("a", "b", "c").stream()
                .map(letter -> AvailabilityZone.builder()
                        .zoneName(region + letter)
                        .zoneId(zoneId(letter))
                        .regionName(region)
                        .state("available")
                        .zoneType("availability-zone")
                        .groupName(region)
                        .networkBorderGroup(region)
                        .optInStatus("opt-in-not-required")
                        .build())
                .toList();
        for (String name : request.zoneNames()) {
            if (all.stream().noneMatch(zone -> zone.zoneName().equals(name))) {
                throw Ec2Errors.invalidParameterValue("The zone '" + name + "' does not exist.");
            }
        }
        List<AvailabilityZone> zones = all.stream()
                .filter(zone -> !request.hasZoneNames() || request.zoneNames().contains(zone.zoneName()))
                .filter(zone -> !request.hasZoneIds() || request.zoneIds().contains(zone.zoneId()))
                .filter(filter)
                .toList();
        return Lookups.withMetadata(DescribeAvailabilityZonesResponse.builder().availabilityZones(zones)).build();
    }

    /** Zone ids as AWS writes them: euw3-az1 for eu-west-3a and so on. */
    private String zoneId(String letter) {
        String[] parts = region.split("-");
        return parts[0] + parts[1].charAt(0) + parts[2] + "-az" + (letter.charAt(0) - 'a' + 1);
    }
}
