package io.lifeboat.aws.sandbox;

import io.lifeboat.aws.sandbox.paging.Pages;
import io.lifeboat.aws.sandbox.ssm.SsmCommands;
import io.lifeboat.aws.sandbox.ssm.SsmDocuments;
import io.lifeboat.aws.sandbox.ssm.SsmInventory;
import io.lifeboat.aws.sandbox.ssm.SsmState;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.CancelCommandRequest;
import software.amazon.awssdk.services.ssm.model.CancelCommandResponse;
import software.amazon.awssdk.services.ssm.model.Command;
import software.amazon.awssdk.services.ssm.model.CommandInvocation;
import software.amazon.awssdk.services.ssm.model.CreateDocumentRequest;
import software.amazon.awssdk.services.ssm.model.CreateDocumentResponse;
import software.amazon.awssdk.services.ssm.model.DescribeDocumentRequest;
import software.amazon.awssdk.services.ssm.model.DescribeDocumentResponse;
import software.amazon.awssdk.services.ssm.model.DescribeInstanceInformationRequest;
import software.amazon.awssdk.services.ssm.model.DescribeInstanceInformationResponse;
import software.amazon.awssdk.services.ssm.model.DocumentIdentifier;
import software.amazon.awssdk.services.ssm.model.GetCommandInvocationRequest;
import software.amazon.awssdk.services.ssm.model.GetCommandInvocationResponse;
import software.amazon.awssdk.services.ssm.model.GetDocumentRequest;
import software.amazon.awssdk.services.ssm.model.GetDocumentResponse;
import software.amazon.awssdk.services.ssm.model.InstanceInformation;
import software.amazon.awssdk.services.ssm.model.ListCommandInvocationsRequest;
import software.amazon.awssdk.services.ssm.model.ListCommandInvocationsResponse;
import software.amazon.awssdk.services.ssm.model.ListCommandsRequest;
import software.amazon.awssdk.services.ssm.model.ListCommandsResponse;
import software.amazon.awssdk.services.ssm.model.ListDocumentsRequest;
import software.amazon.awssdk.services.ssm.model.ListDocumentsResponse;
import software.amazon.awssdk.services.ssm.model.SendCommandRequest;
import software.amazon.awssdk.services.ssm.model.SendCommandResponse;

/**
 * The sandbox's SSM in one region: managed nodes, Command documents and Run Command with simulated,
 * clock-driven execution. The work is done by the classes in {@code sandbox.ssm}; this class maps the
 * SDK's requests and responses.
 */
final class SandboxSsmClient implements SsmClient {

    private final SandboxAccount account;
    private final SsmState state;

    SandboxSsmClient(SandboxAccount account, String region) {
        this.account = account;
        this.state = SsmState.of(account, region);
    }

    @Override
    public DescribeInstanceInformationResponse describeInstanceInformation(DescribeInstanceInformationRequest request) {
        Pages.Page<InstanceInformation> page = new SsmInventory(state).describe(request.filters(),
                request.maxResults(), request.nextToken(), now());
        return SandboxResponses.done(DescribeInstanceInformationResponse.builder().instanceInformationList(page.items())
                .nextToken(page.nextToken()));
    }

    @Override
    public ListDocumentsResponse listDocuments(ListDocumentsRequest request) {
        Pages.Page<DocumentIdentifier> page = documents().list(request.filters(), request.maxResults(),
                request.nextToken());
        return SandboxResponses.done(ListDocumentsResponse.builder().documentIdentifiers(page.items()).nextToken(page.nextToken()));
    }

    @Override
    public DescribeDocumentResponse describeDocument(DescribeDocumentRequest request) {
        return SandboxResponses.done(DescribeDocumentResponse.builder().document(documents().describe(request.name())));
    }

    @Override
    public GetDocumentResponse getDocument(GetDocumentRequest request) {
        return SandboxResponses.done(documents().get(request.name()).toBuilder());
    }

    @Override
    public CreateDocumentResponse createDocument(CreateDocumentRequest request) {
        return SandboxResponses.done(CreateDocumentResponse.builder().documentDescription(documents().create(request, now())));
    }

    @Override
    public SendCommandResponse sendCommand(SendCommandRequest request) {
        return SandboxResponses.done(SendCommandResponse.builder().command(commands().send(request, now())));
    }

    @Override
    public ListCommandsResponse listCommands(ListCommandsRequest request) {
        Pages.Page<Command> page = commands().listCommands(request.commandId(), request.instanceId(), request.filters(),
                request.maxResults(), request.nextToken(), now());
        return SandboxResponses.done(ListCommandsResponse.builder().commands(page.items()).nextToken(page.nextToken()));
    }

    @Override
    public ListCommandInvocationsResponse listCommandInvocations(ListCommandInvocationsRequest request) {
        Pages.Page<CommandInvocation> page = commands().listInvocations(request.commandId(), request.instanceId(),
                request.filters(), Boolean.TRUE.equals(request.details()), request.maxResults(), request.nextToken(),
                now());
        return SandboxResponses.done(ListCommandInvocationsResponse.builder().commandInvocations(page.items())
                .nextToken(page.nextToken()));
    }

    @Override
    public GetCommandInvocationResponse getCommandInvocation(GetCommandInvocationRequest request) {
        return SandboxResponses.done(commands().get(request, now()).toBuilder());
    }

    @Override
    public CancelCommandResponse cancelCommand(CancelCommandRequest request) {
        commands().cancel(request.commandId(), request.instanceIds(), now());
        return SandboxResponses.done(CancelCommandResponse.builder());
    }

    private SsmDocuments documents() {
        return new SsmDocuments(state, account.accountId());
    }

    private SsmCommands commands() {
        return new SsmCommands(state, account.accountId());
    }

    private java.time.Instant now() {
        return account.clock().instant();
    }


    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {
    }
}
