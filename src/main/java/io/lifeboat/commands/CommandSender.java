package io.lifeboat.commands;

import io.lifeboat.aws.AwsErrors;
import io.lifeboat.aws.Problem;
import io.lifeboat.aws.ServiceClients;
import io.lifeboat.aws.guard.ReadOnlyModeException;
import io.lifeboat.backup.Sleeper;
import io.lifeboat.tasks.TaskContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.Command;
import software.amazon.awssdk.services.ssm.model.CommandFilter;
import software.amazon.awssdk.services.ssm.model.CommandFilterKey;
import software.amazon.awssdk.services.ssm.model.SendCommandRequest;

/**
 * Sends a command: tag targets in one SendCommand with {@code Targets}, picked instances in batches of
 * at most 50 ids. SendCommand is not idempotent and the SDK does not resend it (SSM's writes client
 * retries throttling only), so each call carries a token in its comment; after an answer lost to a 5xx
 * or a broken connection, ListCommands is asked for that token before anything else is sent. Found,
 * the command counts as sent; not found, the outcome is reported unknown and nothing more is sent.
 */
public final class CommandSender {

    /** How far back the look-up for a lost answer's command reaches, for clocks that disagree a little. */
    static final Duration LOOK_BACK = Duration.ofMinutes(5);
    /** ListCommands is eventually consistent: the look-up asks a few times before saying "not found". */
    static final int LOOK_UPS = 3;

    private final ServiceClients clients;
    private final Clock clock;
    private final Sleeper sleeper;

    public CommandSender(ServiceClients clients, Clock clock, Sleeper sleeper) {
        this.clients = clients;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    public SendOutcome send(String region, CommandRequest request, TaskContext context) {
        List<List<String>> batches = request.targets() instanceof Targets.ByInstances picked
                ? picked.batches() : List.of(List.of());
        List<SendOutcome.Sent> sent = new ArrayList<>();
        for (int i = 0; i < batches.size(); i++) {
            context.checkCancelled();
            context.progress(i, batches.size());
            List<String> batch = batches.get(i);
            ClientToken token = ClientToken.next();
            Instant before = clock.instant();
            try {
                Command command = clients.ssm(region).sendCommand(build(request, batch, token)).command();
                sent.add(new SendOutcome.Sent(command.commandId(), batch, count(command, batch), token, false));
            } catch (ReadOnlyModeException refused) {
                if (sent.isEmpty()) {
                    throw refused;
                }
                return stopped(SendOutcome.Status.PARTIAL, sent, batches.subList(i, batches.size()),
                        AwsErrors.describe(refused), null);
            } catch (RuntimeException e) {
                Problem problem = AwsErrors.describe(e);
                if (!mayHaveRun(problem)) {
                    return stopped(sent.isEmpty() ? SendOutcome.Status.FAILED : SendOutcome.Status.PARTIAL, sent,
                            batches.subList(i, batches.size()), problem, null);
                }
                Optional<Command> found = lookFor(region, request.documentName(), token, before, context);
                if (found.isEmpty()) {
                    return stopped(SendOutcome.Status.UNKNOWN, sent, batches.subList(i + 1, batches.size()), problem,
                            token);
                }
                sent.add(new SendOutcome.Sent(found.get().commandId(), batch, count(found.get(), batch), token, true));
            }
        }
        context.progress(batches.size(), batches.size());
        return new SendOutcome(SendOutcome.Status.SENT, sent, List.of(), null, null);
    }

    /** After a 5xx or a broken connection the request may have run; a throttled one was refused unrun. */
    static boolean mayHaveRun(Problem problem) {
        return problem.transientError() && problem.kind() != Problem.Kind.THROTTLED;
    }

    private static SendOutcome stopped(SendOutcome.Status status, List<SendOutcome.Sent> sent,
                                       List<List<String>> rest, Problem problem, ClientToken token) {
        List<List<String>> notSent = rest.stream().filter(b -> !b.isEmpty()).toList();
        return new SendOutcome(status, sent, notSent, problem, token);
    }

    private static int count(Command command, List<String> batch) {
        Integer count = command.targetCount();
        return count == null || count == 0 ? batch.size() : count;
    }

    /** The command this token was sent with, if ListCommands shows it. */
    Optional<Command> lookFor(String region, String documentName, ClientToken token, Instant sentAfter,
                              TaskContext context) {
        SsmClient ssm = clients.ssm(region);
        String since = sentAfter.minus(LOOK_BACK).toString();
        for (int attempt = 1; attempt <= LOOK_UPS; attempt++) {
            context.message("The answer was lost: looking for the command in ListCommands (" + attempt + "/"
                    + LOOK_UPS + ")");
            try {
                Optional<Command> found = ssm.listCommandsPaginator(r -> r.maxResults(50).filters(
                                CommandFilter.builder().key(CommandFilterKey.INVOKED_AFTER).value(since).build(),
                                CommandFilter.builder().key(CommandFilterKey.DOCUMENT_NAME).value(documentName).build()))
                        .commands().stream().filter(c -> token.in(c.comment())).findFirst();
                if (found.isPresent()) {
                    return found;
                }
            } catch (RuntimeException lookupFailed) {
                // Counts as not found this time; the next attempt may get through.
            }
            if (attempt < LOOK_UPS) {
                pause(Duration.ofSeconds(2L * attempt));
            }
        }
        return Optional.empty();
    }

    private void pause(Duration duration) {
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static SendCommandRequest build(CommandRequest request, List<String> batch, ClientToken token) {
        CommandOptions options = request.options();
        SendCommandRequest.Builder b = SendCommandRequest.builder()
                .documentName(request.documentName())
                .parameters(request.parameters())
                .comment(token.appendTo(options.comment()))
                .maxConcurrency(options.rateControl().maxConcurrency())
                .maxErrors(options.rateControl().maxErrors());
        if (request.documentVersion() != null) {
            b.documentVersion(request.documentVersion());
        }
        if (request.targets() instanceof Targets.ByTags tags) {
            b.targets(tags.conditions().stream().map(c -> software.amazon.awssdk.services.ssm.model.Target.builder()
                    .key("tag:" + c.key()).values(c.values()).build()).toList());
        } else {
            b.instanceIds(batch);
        }
        if (options.deliveryTimeoutSeconds() != null) {
            b.timeoutSeconds(options.deliveryTimeoutSeconds());
        }
        if (options.s3Bucket() != null) {
            b.outputS3BucketName(options.s3Bucket());
            if (options.s3KeyPrefix() != null) {
                b.outputS3KeyPrefix(options.s3KeyPrefix());
            }
        }
        if (options.cloudWatchLogGroup() != null) {
            b.cloudWatchOutputConfig(c -> c.cloudWatchOutputEnabled(true).cloudWatchLogGroupName(options.cloudWatchLogGroup()));
        }
        if (options.snsTopicArn() != null) {
            b.serviceRoleArn(options.snsRoleArn()).notificationConfig(n -> n.notificationArn(options.snsTopicArn())
                    .notificationEventsWithStrings("All").notificationType("Command"));
        }
        return b.build();
    }
}
