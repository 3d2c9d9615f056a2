package io.lifeboat.bench;

import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.inventory.Tags;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/**
 * One region's fleet for the scale benchmark, built through the EC2 API on the sandbox: instances tagged
 * Backup=Yes, each with its root and one data volume; a share of them with two earlier nights of
 * automated snapshots of both volumes, the older due today (a volume's newest is never pruned).
 */
final class ScaleFleet {

    private ScaleFleet() {
    }

    /** An instance of the fleet with its two volumes. */
    record Machine(String instanceId, String rootVolume, String dataVolume) {
    }

    /** Launches the instances (their root volumes come with them) and creates their data volumes. */
    static List<Machine> launch(Ec2Client ec2, String region, int instances) {
        List<Machine> machines = new ArrayList<>();
        for (int launched = 0; launched < instances; launched += 100) {
            int count = Math.min(100, instances - launched);
            String costCenter = "cc-" + launched / 100;
            List<Instance> batch = ec2.runInstances(r -> r.imageId("ami-12c6146b").instanceType("t3.micro")
                    .minCount(count).maxCount(count).placement(p -> p.availabilityZone(region + "a"))
                    .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.INSTANCE)
                            .tags(Tags.toSdk(Map.of("Backup", "Yes", "CostCenter", costCenter))).build()))
                    .instances();
            for (Instance instance : batch) {
                String data = ec2.createVolume(r -> r.availabilityZone(region + "a").size(50)).volumeId();
                machines.add(new Machine(instance.instanceId(), instance.blockDeviceMappings().get(0).ebs().volumeId(), data));
            }
        }
        return machines;
    }

    /** Attaches each data volume (once created: let the clock pass first). */
    static void attach(Ec2Client ec2, List<Machine> machines) {
        for (Machine m : machines) {
            ec2.attachVolume(r -> r.volumeId(m.dataVolume()).instanceId(m.instanceId()).device("/dev/xvdf"));
        }
    }

    /** Two nights of automated snapshots of {@code volumes}, in every region; the clock ends on the third night. */
    static void history(Map<Ec2Client, List<String>> volumesByClient, SandboxClock clock) {
        clock.advance(Duration.ofMinutes(5));
        LocalDate firstNight = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (String deleteOn : List.of(firstNight.plusDays(2).toString(), firstNight.plusDays(8).toString())) {
            volumesByClient.forEach((ec2, volumes) -> {
                for (String volume : volumes) {
                    ec2.createSnapshot(r -> r.volumeId(volume).description("an earlier night")
                            .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.SNAPSHOT)
                                    .tags(Tags.toSdk(Map.of("Type", "Automated", "DeleteOn", deleteOn,
                                            "lifeboat:policy", "default"))).build()));
                }
            });
            clock.advance(Duration.ofHours(24));
        }
    }
}
