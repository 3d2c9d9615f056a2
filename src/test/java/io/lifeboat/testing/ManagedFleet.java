package io.lifeboat.testing;

import io.lifeboat.aws.sandbox.SandboxAccount;
import io.lifeboat.aws.sandbox.SandboxServiceClients;
import io.lifeboat.aws.sandbox.ssm.ManagedNode;
import io.lifeboat.aws.sandbox.ssm.SsmState;
import io.lifeboat.inventory.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import software.amazon.awssdk.services.ssm.model.PingStatus;
import software.amazon.awssdk.services.ssm.model.PlatformType;

/**
 * Instances launched through the sandbox's EC2 API with an instance profile, whose SSM agents then
 * register (as on an AMI with the agent preinstalled): a fleet Run Command can target, of any size.
 */
public final class ManagedFleet {

    private ManagedFleet() {
    }

    /** Launches {@code count} Linux instances tagged {@code tags}, each registered Online with SSM; returns their ids. */
    public static List<String> launch(SandboxAccount account, String region, int count, Map<String, String> tags) {
        Ec2Client ec2 = new SandboxServiceClients(account).ec2(region);
        SsmState ssm = SsmState.of(account, region);
        List<String> ids = new ArrayList<>();
        for (int launched = 0; launched < count; launched += 100) {
            int batch = Math.min(100, count - launched);
            List<Instance> instances = ec2.runInstances(r -> r.imageId(Fleet.AMI).instanceType("t3.micro")
                    .minCount(batch).maxCount(batch).placement(p -> p.availabilityZone(region + "a"))
                    .iamInstanceProfile(p -> p.name("LifeboatSsmInstanceRole"))
                    .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.INSTANCE)
                            .tags(Tags.toSdk(tags)).build())).instances();
            for (Instance instance : instances) {
                ssm.register(new ManagedNode(instance.instanceId(), PingStatus.ONLINE, null, "3.3.1142.0", true,
                        PlatformType.LINUX, "Amazon Linux", "2023", "ip-" + instance.privateIpAddress().replace('.', '-'),
                        instance.privateIpAddress(), "Success", false));
                ids.add(instance.instanceId());
            }
        }
        return ids;
    }
}
