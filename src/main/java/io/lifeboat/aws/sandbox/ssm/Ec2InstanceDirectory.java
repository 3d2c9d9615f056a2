package io.lifeboat.aws.sandbox.ssm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.PlatformValues;
import software.amazon.awssdk.services.ec2.model.Tag;

/**
 * Instances as the account's EC2 client reports them, paginated like any service would read them.
 * Terminated instances are left out: SSM no longer targets them.
 */
public final class Ec2InstanceDirectory implements InstanceDirectory {

    private final Function<String, Ec2Client> ec2;

    public Ec2InstanceDirectory(Function<String, Ec2Client> ec2ByRegion) {
        this.ec2 = ec2ByRegion;
    }

    @Override
    public List<DirectoryInstance> instances(String region) {
        return ec2.apply(region)
                .describeInstancesPaginator(r -> r.maxResults(1000).filters(Filter.builder()
                        .name("instance-state-name").values("pending", "running", "stopping", "stopped").build()))
                .reservations().stream()
                .flatMap(r -> r.instances().stream())
                .map(Ec2InstanceDirectory::toDirectory)
                .toList();
    }

    private static DirectoryInstance toDirectory(Instance instance) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (Tag tag : instance.tags()) {
            tags.put(tag.key(), tag.value());
        }
        String platform = instance.platform() == PlatformValues.WINDOWS ? "Windows" : "Linux";
        return new DirectoryInstance(instance.instanceId(), tags.getOrDefault("Name", ""), platform,
                instance.privateIpAddress(), Map.copyOf(tags));
    }
}
