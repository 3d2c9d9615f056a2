package io.lifeboat.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.aws.ServiceClients;
import io.lifeboat.aws.sandbox.SandboxAccount;
import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.aws.sandbox.SandboxServiceClients;
import io.lifeboat.tasks.TaskContext;
import io.lifeboat.testing.ManagedFleet;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.Command;
import software.amazon.awssdk.services.ssm.model.SendCommandRequest;
import software.amazon.awssdk.services.ssm.model.SsmException;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * SendCommand is not idempotent: a lost answer is looked up by its comment token before anything is
 * sent again, and a send whose outcome cannot be known is reported so, never silently repeated. The
 * faults are injected between Lifeboat and the sandbox's SSM (which has no SDK retries to hide them).
 */
class CommandSenderTest {

    private static final String REGION = "eu-west-3";

    private final SandboxClock clock = SandboxClock.manual(Instant.parse("2025-03-10T09:00:00Z"));
    private final SandboxAccount account = SandboxAccount.empty(clock);
    private final SandboxServiceClients sandbox = new SandboxServiceClients(account);
    private final List<String> fleet = ManagedFleet.launch(account, REGION, 70, Map.of("Role", "web"));
    private final List<Duration> pauses = new ArrayList<>();
    private final AtomicInteger sends = new AtomicInteger();

    /** What happens to the n-th SendCommand (0-based): the fault, or null to pass it through. */
    private Function<Integer, Fault> faults = n -> null;

    private enum Fault { LOST_ON_THE_WAY, ANSWER_LOST, ANSWER_500, THROTTLED, REFUSED }

    private final CommandSender sender = new CommandSender(faulty(), clock, pauses::add);

    private CommandRequest request(Targets targets) {
        return new CommandRequest("AWS-RunShellScript", null, Map.of("commands", List.of("uptime")), targets,
                CommandOptions.DEFAULT.withComment("patch check"));
    }

    private List<Command> commands() {
        return sandbox.ssm(REGION).listCommandsPaginator(r -> r.maxResults(50)).commands().stream().toList();
    }

    @Test
    void aLostAnswerIsFoundByItsTokenAndNotSentAgain() {
        faults = n -> n == 0 ? Fault.ANSWER_LOST : null;

        SendOutcome outcome = sender.send(REGION, request(TagsOf.web()), TaskContext.NONE);

        assertThat(outcome.status()).isEqualTo(SendOutcome.Status.SENT);
        assertThat(outcome.sent()).singleElement().satisfies(s -> {
            assertThat(s.recovered()).isTrue();
            assertThat(s.targetCount()).isEqualTo(70);
        });
        assertThat(sends).hasValue(1);
        assertThat(commands()).singleElement().satisfies(c -> {
            assertThat(c.commandId()).isEqualTo(outcome.commandIds().get(0));
            assertThat(c.comment()).startsWith("patch check #lb-");
        });
    }

    @Test
    void a500AfterTheWorkIsFoundTheSameWay() {
        faults = n -> n == 0 ? Fault.ANSWER_500 : null;

        SendOutcome outcome = sender.send(REGION, request(TagsOf.web()), TaskContext.NONE);

        assertThat(outcome.status()).isEqualTo(SendOutcome.Status.SENT);
        assertThat(commands()).hasSize(1);
    }

    @Test
    void aRequestLostOnTheWayIsReportedUnknownAndNothingIsSentAgain() {
        faults = n -> n == 0 ? Fault.LOST_ON_THE_WAY : null;

        SendOutcome outcome = sender.send(REGION, request(TagsOf.web()), TaskContext.NONE);

        assertThat(outcome.status()).isEqualTo(SendOutcome.Status.UNKNOWN);
        assertThat(outcome.summary()).startsWith("Outcome unknown").contains("#lb-" + outcome.unknownToken().value())
                .contains("look at the history before sending again");
        assertThat(sends).hasValue(1);
        assertThat(commands()).isEmpty();
        assertThat(pauses).as("ListCommands asked three times, pausing between").hasSize(CommandSender.LOOK_UPS - 1);
    }

    @Test
    void throttlingWasRefusedUnrunSoNothingIsLookedFor() {
        faults = n -> n == 0 ? Fault.THROTTLED : null;

        SendOutcome outcome = sender.send(REGION, request(TagsOf.web()), TaskContext.NONE);

        assertThat(outcome.status()).isEqualTo(SendOutcome.Status.FAILED);
        assertThat(outcome.problem().code()).isEqualTo("ThrottlingException");
        assertThat(pauses).isEmpty();
        assertThat(commands()).isEmpty();
    }

    @Test
    void aBatchRefusedHalfWayStopsTheRestAndSaysWhatWasNotSent() {
        faults = n -> n == 1 ? Fault.REFUSED : null;

        SendOutcome outcome = sender.send(REGION, request(new Targets.ByInstances(fleet)), TaskContext.NONE);

        assertThat(outcome.status()).isEqualTo(SendOutcome.Status.PARTIAL);
        assertThat(outcome.sent()).hasSize(1);
        assertThat(outcome.notSent()).extracting(List::size).containsExactly(20);
        assertThat(outcome.summary()).contains("Not sent: 20 instance(s)");
        assertThat(commands()).hasSize(1);
    }

    @Test
    void aLostAnswerInTheMiddleOfBatchesIsFoundAndTheRestGoOn() {
        faults = n -> n == 1 ? Fault.ANSWER_LOST : null;

        SendOutcome outcome = sender.send(REGION, request(new Targets.ByInstances(fleet)), TaskContext.NONE);

        assertThat(outcome.status()).isEqualTo(SendOutcome.Status.SENT);
        assertThat(outcome.sent()).extracting(SendOutcome.Sent::recovered).containsExactly(false, true);
        assertThat(commands()).hasSize(2);
        assertThat(sends).hasValue(2);
    }

    /** Tag targets for the fixture's fleet. */
    private static final class TagsOf {
        static Targets web() {
            return new Targets.ByTags(List.of(new TagTarget("Role", List.of("web"))));
        }
    }

    private ServiceClients faulty() {
        SsmClient real = sandbox.ssm(REGION);
        SsmClient proxy = (SsmClient) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{SsmClient.class},
                (self, method, args) -> {
                    if (method.getName().equals("sendCommand") && args != null && args[0] instanceof SendCommandRequest r) {
                        return send(real, r);
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return new ServiceClients() {
            @Override
            public Ec2Client ec2(String region) {
                return sandbox.ec2(region);
            }

            @Override
            public SsmClient ssm(String region) {
                return proxy;
            }

            @Override
            public RdsClient rds(String region) {
                return sandbox.rds(region);
            }

            @Override
            public Route53Client route53() {
                return sandbox.route53();
            }

            @Override
            public StsClient sts(String region) {
                return sandbox.sts(region);
            }

            @Override
            public void close() {
            }
        };
    }

    private Object send(SsmClient real, SendCommandRequest request) {
        Fault fault = faults.apply(sends.getAndIncrement());
        if (fault == Fault.LOST_ON_THE_WAY) {
            throw SdkClientException.create("Unable to execute HTTP request: Connection reset",
                    new java.net.SocketException("Connection reset"));
        }
        if (fault == Fault.THROTTLED || fault == Fault.REFUSED) {
            String code = fault == Fault.THROTTLED ? "ThrottlingException" : "InvalidInstanceId";
            throw SsmException.builder().statusCode(400).message(code)
                    .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(code).build()).build();
        }
        Object answer = real.sendCommand(request);
        if (fault == Fault.ANSWER_LOST) {
            throw SdkClientException.create("Unable to execute HTTP request: The target server failed to respond",
                    new java.io.IOException("The target server failed to respond"));
        }
        if (fault == Fault.ANSWER_500) {
            throw SsmException.builder().statusCode(500).message("InternalServerError")
                    .awsErrorDetails(AwsErrorDetails.builder().errorCode("InternalServerError").build()).build();
        }
        return answer;
    }
}
