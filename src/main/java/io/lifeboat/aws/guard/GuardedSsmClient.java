package io.lifeboat.aws.guard;

import java.util.function.Supplier;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.CancelCommandRequest;
import software.amazon.awssdk.services.ssm.model.CancelCommandResponse;
import software.amazon.awssdk.services.ssm.model.CreateDocumentRequest;
import software.amazon.awssdk.services.ssm.model.CreateDocumentResponse;
import software.amazon.awssdk.services.ssm.model.DescribeDocumentRequest;
import software.amazon.awssdk.services.ssm.model.DescribeDocumentResponse;
import software.amazon.awssdk.services.ssm.model.DescribeInstanceInformationRequest;
import software.amazon.awssdk.services.ssm.model.DescribeInstanceInformationResponse;
import software.amazon.awssdk.services.ssm.model.GetCommandInvocationRequest;
import software.amazon.awssdk.services.ssm.model.GetCommandInvocationResponse;
import software.amazon.awssdk.services.ssm.model.GetDocumentRequest;
import software.amazon.awssdk.services.ssm.model.GetDocumentResponse;
import software.amazon.awssdk.services.ssm.model.ListCommandInvocationsRequest;
import software.amazon.awssdk.services.ssm.model.ListCommandInvocationsResponse;
import software.amazon.awssdk.services.ssm.model.ListCommandsRequest;
import software.amazon.awssdk.services.ssm.model.ListCommandsResponse;
import software.amazon.awssdk.services.ssm.model.ListDocumentsRequest;
import software.amazon.awssdk.services.ssm.model.ListDocumentsResponse;
import software.amazon.awssdk.services.ssm.model.SendCommandRequest;
import software.amazon.awssdk.services.ssm.model.SendCommandResponse;
import software.amazon.awssdk.services.ssm.waiters.SsmWaiter;

/**
 * SsmClient through the guards. Each operation Lifeboat makes (its features, and the scenario tests
 * that build fleets for them) is listed here and goes through {@link ClientGuard}; consumer-builder
 * overloads, paginators and the waiter are the interface's default methods, which call back into
 * these, so every page and poll is guarded too. Mutating operations go to the account's client for
 * writes ({@code ServiceClients.ssmForWrites}): a SendCommand resent by the SDK after a lost answer
 * would run the command twice. An operation not listed stays the interface's default and fails as unsupported: a new one is added here, on purpose. Written out rather than a
 * dynamic proxy: a proxy resolves every method of the interface by reflection, which loads all of
 * its model classes (a second and a half for EC2, at start-up).
 */
final class GuardedSsmClient implements SsmClient {

    private final SsmClient target;
    /**
     * Mutating calls go to the account's client for writes, whose SDK retries cover throttling only; the
     * account's clients build it on first use and keep it (a session that only reads never builds it).
     */
    private final Supplier<SsmClient> writes;
    private final ClientGuard guard;

    /** Declared as the interface, so callers link without loading this class (see {@link GuardedClients}). */
    static SsmClient of(SsmClient reads, Supplier<SsmClient> writes, ClientGuard guard) {
        return new GuardedSsmClient(reads, writes, guard);
    }

    GuardedSsmClient(SsmClient reads, Supplier<SsmClient> writes, ClientGuard guard) {
        this.target = reads;
        this.writes = writes;
        this.guard = guard;
    }

    @Override
    public DescribeInstanceInformationResponse describeInstanceInformation(DescribeInstanceInformationRequest request) {
        return guard.call("DescribeInstanceInformation", request, () -> target.describeInstanceInformation(request));
    }

    @Override
    public ListDocumentsResponse listDocuments(ListDocumentsRequest request) {
        return guard.call("ListDocuments", request, () -> target.listDocuments(request));
    }

    @Override
    public DescribeDocumentResponse describeDocument(DescribeDocumentRequest request) {
        return guard.call("DescribeDocument", request, () -> target.describeDocument(request));
    }

    @Override
    public GetDocumentResponse getDocument(GetDocumentRequest request) {
        return guard.call("GetDocument", request, () -> target.getDocument(request));
    }

    @Override
    public CreateDocumentResponse createDocument(CreateDocumentRequest request) {
        return guard.call("CreateDocument", request, () -> writes.get().createDocument(request));
    }

    @Override
    public SendCommandResponse sendCommand(SendCommandRequest request) {
        return guard.call("SendCommand", request, () -> writes.get().sendCommand(request));
    }

    @Override
    public ListCommandsResponse listCommands(ListCommandsRequest request) {
        return guard.call("ListCommands", request, () -> target.listCommands(request));
    }

    @Override
    public ListCommandInvocationsResponse listCommandInvocations(ListCommandInvocationsRequest request) {
        return guard.call("ListCommandInvocations", request, () -> target.listCommandInvocations(request));
    }

    @Override
    public GetCommandInvocationResponse getCommandInvocation(GetCommandInvocationRequest request) {
        return guard.call("GetCommandInvocation", request, () -> target.getCommandInvocation(request));
    }

    @Override
    public CancelCommandResponse cancelCommand(CancelCommandRequest request) {
        return guard.call("CancelCommand", request, () -> writes.get().cancelCommand(request));
    }

    @Override
    public SsmWaiter waiter() {
        return SsmWaiter.builder().client(this).build();
    }

    @Override
    public String serviceName() {
        return target.serviceName();
    }

    @Override
    public void close() {
        // The raw client belongs to the account's ServiceClients, which closes it.
    }
}
