package io.lifeboat.commands;

import io.lifeboat.aws.AwsErrors;
import io.lifeboat.aws.Problem;
import io.lifeboat.aws.ServiceClients;
import io.lifeboat.backup.Sleeper;
import io.lifeboat.inventory.Ec2Instance;
import io.lifeboat.inventory.InventoryCache;
import io.lifeboat.inventory.InventoryLoader;
import io.lifeboat.inventory.RegionInventory;
import io.lifeboat.tasks.TaskContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.InstanceInformation;

/**
 * Run Command in a region: the fleet as SSM sees it (one paginated DescribeInstanceInformation over the
 * session's EC2 inventory, which lists instances only when no view has yet), documents, sending, following
 * and cancelling commands, the history. The work is done by the classes it holds; this is the one door
 * the GUI and the CLI use.
 */
public final class RunCommandService {

    static final int INFORMATION_PAGE = 50;
    private static final Set<InventoryLoader.Part> PARTS = EnumSet.of(InventoryLoader.Part.INSTANCES);

    private final ServiceClients clients;
    private final InventoryCache inventory;
    private final DocumentCatalog documents;
    private final CommandSender sender;
    private final InvocationReader reader;
    private final CommandControl control;

    /** With an inventory of its own (the CLI, tests); the GUI's session shares its inventory instead. */
    public RunCommandService(ServiceClients clients, Executor io, Sleeper sleeper) {
        this(clients, InventoryCache.of(clients, io), sleeper);
    }

    /**
     * @param inventory the session's EC2 inventory, shared with the other views
     * @param sleeper   how the watch and the look-up after a lost answer wait (tests move a clock instead)
     */
    public RunCommandService(ServiceClients clients, InventoryCache inventory, Sleeper sleeper) {
        this.clients = clients;
        this.inventory = inventory;
        this.documents = new DocumentCatalog(clients);
        this.sender = new CommandSender(clients, clients.clock(), sleeper);
        this.reader = new InvocationReader(clients, clients.clock());
        this.control = new CommandControl(clients, reader, sleeper);
    }

    /**
     * @param ssmProblem why SSM could not be asked (permissions, an endpoint without SSM); the instances
     *                   are then listed with their SSM status unknown
     */
    public record Fleet(List<FleetInstance> instances, Problem ssmProblem) {
    }

    /** The region's fleet, its instances from the inventory in memory where they are. */
    public Fleet fleet(String region, TaskContext context) {
        return fleet(region, inventory.region(region, PARTS, context));
    }

    /** Refresh: the region's instances listed again (for every view that shows them), then the fleet. */
    public Fleet reloadFleet(String region, TaskContext context) {
        return fleet(region, inventory.reloadRegion(region, PARTS, context));
    }

    private Fleet fleet(String region, RegionInventory listed) {
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
        for (Ec2Instance instance : listed.instances()) {
            InstanceInformation info = managed.get(instance.id());
            FleetInstance.SsmNode node = info == null ? null : new FleetInstance.SsmNode(info.pingStatusAsString(),
                    info.agentVersion(), info.platformName() + " " + info.platformVersion(), info.lastPingDateTime());
            String platform = info != null && info.platformType() != null ? info.platformTypeAsString()
                    : instance.windows() ? "Windows" : "Linux";
            instances.add(new FleetInstance(region, instance.id(), instance.name(), platform, instance.state(), node,
                    instance.hasInstanceProfile(), instance.tags()));
        }
        return new Fleet(instances, problem);
    }

    public DocumentCatalog documents() {
        return documents;
    }

    public SendOutcome send(String region, CommandRequest request, TaskContext context) {
        return sender.send(region, request, context);
    }

    /** One refresh of a sent command (ceil(N/50) ListCommandInvocations calls), with SSM's status once it is over. */
    public CommandProgress progress(String region, List<WatchedCommand> watched, TaskContext context) {
        return reader.conclude(region, reader.read(region, watched, context));
    }

    /** Everything about following, cancelling and reading one command. */
    public CommandControl control() {
        return control;
    }

    /** The newest commands matching {@code filter}, up to {@code limit}. */
    public List<CommandSummary> history(String region, HistoryFilter filter, int limit, TaskContext context) {
        return CommandHistory.list(clients.ssm(region), region, filter, limit, context);
    }
}
