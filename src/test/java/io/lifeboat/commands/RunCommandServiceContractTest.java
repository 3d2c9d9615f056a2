package io.lifeboat.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.aws.ClientTuning;
import io.lifeboat.aws.Connection;
import io.lifeboat.aws.ConnectionSpec;
import io.lifeboat.aws.Connector;
import io.lifeboat.tasks.TaskContext;
import io.lifeboat.testing.ContractTest;
import io.lifeboat.testing.MotoExtension.Moto;
import io.lifeboat.testing.MotoFront;
import io.lifeboat.testing.MotoFront.Action;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;

/**
 * The scenario on Moto 5.2.1 with the real SDK clients (retries off, as Moto answers what it lacks with
 * HTTP 500), and SendCommand's lost answers below the SDK. Moto's gaps: every EC2 instance is a target
 * (no managed-node model), SendCommand with InstanceIds targets every instance of the region (its target
 * count says so), statuses are Success at once with empty output, and DescribeDocument's platform types
 * are "Not Implemented (moto)". DescribeInstanceInformation, ListCommandInvocations and CancelCommand
 * answer HTTP 500 ({@code SsmRunCommandContractTest} names them): the preview's reachability, following
 * invocations and cancelling are covered on the sandbox ({@code RunCommandServiceTest}).
 */
@ContractTest
class RunCommandServiceContractTest extends RunCommandServiceScenario {

    private Moto moto;
    private Connection connection;
    private final List<String> allInstances = new ArrayList<>();

    @BeforeEach
    void connect(Moto server) {
        moto = server;
        connection = server.connect(REGION);
    }

    @AfterEach
    void close() {
        connection.close();
    }

    @Override
    Connection connection() {
        return connection;
    }

    @Override
    List<String> webInstances() {
        List<String> web = new ArrayList<>();
        for (String role : List.of("web", "web", "db")) {
            Instance instance = connection.clients().ec2(REGION).runInstances(r -> r.imageId("ami-0123456789abcdef0")
                    .instanceType("t3.micro").minCount(1).maxCount(1).tagSpecifications(t -> t
                            .resourceType(ResourceType.INSTANCE).tags(Tag.builder().key("Role").value(role).build())))
                    .instances().get(0);
            allInstances.add(instance.instanceId());
            if (role.equals("web")) {
                web.add(instance.instanceId());
            }
        }
        return web;
    }

    @Override
    void elapse(Duration duration) {
        // Nothing is ever in progress on Moto.
    }

    @Override
    void assertTargetCount(int count, List<String> ids) {
        // Moto gap: SendCommand with InstanceIds targets every instance of the region (and counts the ids on top).
        assertThat(count).isGreaterThanOrEqualTo(allInstances.size());
    }

    @Override
    List<String> listedIds(List<String> ids) {
        // Moto gap: the command lists every instance of the region as its InstanceIds.
        return allInstances;
    }

    @Override
    void assertOutput(InvocationOutput output) {
        // Moto gap: invocations carry no output.
        assertThat(output.steps().get(0).stdout()).isEmpty();
    }

    /** The production clients (SDK retries on) behind a front that fails the first SendCommand as told. */
    private RunCommandService behindFront(MotoFront front, Action failure) {
        AtomicInteger seen = new AtomicInteger();
        front.rules(r -> r.action().equals("SendCommand") && seen.getAndIncrement() == 0 ? failure : Action.FORWARD);
        Connection production = Connector.builder().tuning(ClientTuning.standard())
                .credentials(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")))
                .build().connect(ConnectionSpec.defaultChain(REGION, front.endpoint(), false));
        return new RunCommandService(production.clients(), Runnable::run, d -> { });
    }

    private SendOutcome sendThroughFront(Action failure, MotoFront front) {
        createDocument();
        webInstances();
        return behindFront(front, failure).send(REGION, new CommandRequest(DOCUMENT, null,
                Map.of("commands", List.of("uptime")), new Targets.ByTags(List.of(TagTarget.parse("Role=web"))),
                CommandOptions.DEFAULT.withComment("lost answer")), TaskContext.NONE);
    }

    private long commandsSent() {
        return connection.clients().ssm(REGION).listCommands(r -> r.maxResults(50)).commands().size();
    }

    @Test
    void a500AfterTheSendIsNotResentByTheSdkAndIsFoundByItsToken() {
        try (MotoFront front = MotoFront.start(moto.server().endpoint())) {
            SendOutcome outcome = sendThroughFront(Action.FORWARD_THEN_500, front);

            assertThat(front.count("SendCommand")).as("SendCommand requests the SDK sent").isEqualTo(1);
            assertThat(outcome.status()).isEqualTo(SendOutcome.Status.SENT);
            assertThat(outcome.sent()).singleElement().satisfies(s -> assertThat(s.recovered()).isTrue());
            assertThat(commandsSent()).isEqualTo(1);
        }
    }

    @Test
    void aDroppedConnectionAfterTheSendIsNotResentByTheSdkEither() {
        try (MotoFront front = MotoFront.start(moto.server().endpoint())) {
            SendOutcome outcome = sendThroughFront(Action.FORWARD_THEN_DROP, front);

            assertThat(front.count("SendCommand")).isEqualTo(1);
            assertThat(outcome.status()).isEqualTo(SendOutcome.Status.SENT);
            assertThat(commandsSent()).isEqualTo(1);
        }
    }

    /** Throttling is still the SDK's to retry: the request was refused unrun. */
    @Test
    void throttlingIsRetriedByTheSdk() {
        try (MotoFront front = MotoFront.start(moto.server().endpoint())) {
            SendOutcome outcome = sendThroughFront(Action.THROTTLE, front);

            assertThat(front.count("SendCommand")).as("the throttled request and the SDK's retry").isEqualTo(2);
            assertThat(outcome.sent()).singleElement().satisfies(s -> assertThat(s.recovered()).isFalse());
            assertThat(commandsSent()).isEqualTo(1);
        }
    }
}
