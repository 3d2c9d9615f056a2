package io.lifeboat.aws.sandbox.ssm;

import io.lifeboat.aws.sandbox.DemoFleet;
import java.util.List;
import java.util.Map;

/** The demo fleet's instances, straight from its data: the same ids and tags EC2 is seeded with. */
public final class FleetInstanceDirectory implements InstanceDirectory {

    private final DemoFleet fleet;

    public FleetInstanceDirectory(DemoFleet fleet) {
        this.fleet = fleet;
    }

    @Override
    public List<DirectoryInstance> instances(String region) {
        return fleet.instances().stream()
                .filter(i -> i.region().equals(region))
                .map(i -> new DirectoryInstance(i.id(), i.name(),
                        i.platform() == DemoFleet.Platform.WINDOWS ? "Windows" : "Linux", i.privateIp(),
                        Map.copyOf(i.tags())))
                .toList();
    }
}
