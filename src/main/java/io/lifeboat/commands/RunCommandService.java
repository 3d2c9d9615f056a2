package io.lifeboat.commands;

import io.lifeboat.aws.AwsErrors;
import io.lifeboat.aws.Problem;
import io.lifeboat.aws.ServiceClients;
import io.lifeboat.inventory.Ec2Instance;
import io.lifeboat.inventory.InventoryLoader;
import io.lifeboat.inventory.RegionInventory;
import io.lifeboat.tasks.TaskContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.Command;
import software.amazon.awssdk.services.ssm.model.InstanceInformation;

/**
 * Run Command's view of a region: every instance joined with what SSM knows of it (one paginated
 * DescribeInstanceInformation, one paginated DescribeInstances), and the recent command history.
 */
public final class RunCommandService {

    static final int INFORMATION_PAGE = 50;
    static final int HISTORY_PAGE = 50;

    private final ServiceClients clients;
    private final InventoryLoader loader;

    public RunCommandService(ServiceClients clients, Executor io) {
        this.clients = clients;
        this.loader = new InventoryLoader(clients, clients.clock(), io);
    }

    /**
     * @param ssmProblem why SSM could not be asked (permissions, an endpoint without SSM); the instances
     *                   are then listed with their SSM status unknown
     */
    public record Fleet(List<FleetInstance> instances, Problem ssmProblem) {
    }

    public Fleet fleet(String region, TaskContext context) {
        RegionInventory inventory = loader.load(region, EnumSet.of(InventoryLoader.Part.INSTANCES), context);
        Map<String, InstanceInformation> managed = new HashMap<>();
        Problem problem = null;
        try {
            SsmClient ssm = clients.ssm(region);
            ssm.describeInstanceInformationPaginator(r -> r.maxResults(INFORMATION_PAGE))
                    .instanceInformationList().forEach(info -> managed.put(info.instanceId(), info));
        } catch (RuntimeException e) {
            problem = AwsErrors.describe(e);
        }
        List<FleetInstance> instances = new ArrayList<>();
        for (Ec2Instance instance : inventory.instances()) {
            InstanceInformation info = managed.get(instance.id());
            instances.add(new FleetInstance(region, instance.id(), instance.name(), instance.platform(), instance.state(),
                    info == null ? null : info.pingStatusAsString(), info == null ? null : info.agentVersion(),
                    info == null ? null : info.platformName() + " " + info.platformVersion(),
                    info == null ? instance.privateIp() : info.ipAddress(), info == null ? null : info.lastPingDateTime(),
                    instance.hasInstanceProfile(), instance.tags()));
        }
        return new Fleet(instances, problem);
    }

    /** The newest commands, up to {@code limit}. */
    public List<CommandSummary> history(String region, int limit, TaskContext context) {
        List<CommandSummary> history = new ArrayList<>();
        for (var page : clients.ssm(region).listCommandsPaginator(r -> r.maxResults(HISTORY_PAGE))) {
            context.checkCancelled();
            for (Command command : page.commands()) {
                history.add(summary(region, command));
                if (history.size() >= limit) {
                    return history;
                }
            }
        }
        return history;
    }

    private static CommandSummary summary(String region, Command c) {
        String targets = c.hasInstanceIds() && !c.instanceIds().isEmpty() ? String.join(", ", c.instanceIds())
                : c.targets().stream().map(t -> t.key() + "=" + String.join(",", t.values()))
                .collect(Collectors.joining("; "));
        return new CommandSummary(region, c.commandId(), c.documentName(), c.statusAsString(), c.requestedDateTime(),
                nullToZero(c.targetCount()), nullToZero(c.completedCount()), nullToZero(c.errorCount()),
                c.comment(), targets);
    }

    private static int nullToZero(Integer value) {
        return value == null ? 0 : value;
    }
}
