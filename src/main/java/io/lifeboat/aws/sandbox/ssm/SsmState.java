package io.lifeboat.aws.sandbox.ssm;

import io.lifeboat.aws.sandbox.SandboxAccount;
import io.lifeboat.aws.sandbox.SandboxServiceClients;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One region's SSM: documents, managed nodes and sent commands, behind one lock (tasks call the
 * client from several threads). AWS's own documents are there from the start, as in every region.
 */
public final class SsmState {

    /** When AWS's documents appear to have been published (they predate every account). */
    static final Instant AMAZON_DOCUMENTS_CREATED = Instant.parse("2017-06-28T17:20:31Z");

    private final ReentrantLock lock = new ReentrantLock();
    private final String region;
    private final Map<String, SsmDocument> documents = new TreeMap<>();
    private final Map<String, ManagedNode> nodes = new TreeMap<>();
    private final List<SimulatedCommand> commands = new ArrayList<>();
    private final InstanceDirectory directory;

    private SsmState(String region, InstanceDirectory directory) {
        this.region = region;
        this.directory = directory;
        AmazonDocuments.all(AMAZON_DOCUMENTS_CREATED).forEach(d -> documents.put(d.name(), d));
    }

    /** The region's state, made on first use; instances are looked up through the account's EC2 client. */
    public static SsmState of(SandboxAccount account, String region) {
        return account.state(SsmState.class, region, r -> new SsmState(r,
                new Ec2InstanceDirectory(new SandboxServiceClients(account)::ec2)));
    }

    public String region() {
        return region;
    }

    public InstanceDirectory directory() {
        return directory;
    }

    /** Registers (or re-registers) a managed node, as an agent does when it first reports in. */
    public void register(ManagedNode node) {
        locked(() -> nodes.put(node.instanceId(), node));
    }

    public <T> T locked(Supplier<T> body) {
        lock.lock();
        try {
            return body.get();
        } finally {
            lock.unlock();
        }
    }

    Map<String, SsmDocument> documents() {
        return documents;
    }

    Map<String, ManagedNode> nodes() {
        return nodes;
    }

    List<SimulatedCommand> commands() {
        return commands;
    }
}
