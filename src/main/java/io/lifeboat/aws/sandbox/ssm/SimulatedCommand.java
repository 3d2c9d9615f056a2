package io.lifeboat.aws.sandbox.ssm;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.ssm.model.Command;
import software.amazon.awssdk.services.ssm.model.CommandInvocationStatus;
import software.amazon.awssdk.services.ssm.model.CommandStatus;
import software.amazon.awssdk.services.ssm.model.SendCommandRequest;

/**
 * A sent command: the request as sent, when, and its invocations. Its status is aggregated from the
 * invocations at the moment it is read.
 */
public final class SimulatedCommand {

    /**
     * How long after SendCommand returns the invocations stay invisible: GetCommandInvocation answers
     * InvocationDoesNotExist and ListCommandInvocations lists none, the race clients must live with.
     */
    public static final Duration INVOCATIONS_APPEAR_AFTER = Duration.ofSeconds(2);

    private final String commandId;
    private final String region;
    private final SendCommandRequest request;
    private final SsmDocument document;
    private final Instant requestedAt;
    private final int timeoutSeconds;
    private final int maxErrors;
    private final List<SimulatedInvocation> invocations;
    private Instant cancelledAt;

    SimulatedCommand(String commandId, String region, SendCommandRequest request, SsmDocument document, Instant requestedAt,
                     int timeoutSeconds, int maxErrors, List<SimulatedInvocation> invocations) {
        this.commandId = commandId;
        this.region = region;
        this.request = request;
        this.document = document;
        this.requestedAt = requestedAt;
        this.timeoutSeconds = timeoutSeconds;
        this.maxErrors = maxErrors;
        this.invocations = List.copyOf(invocations);
    }

    public String commandId() {
        return commandId;
    }

    public SendCommandRequest request() {
        return request;
    }

    public SsmDocument document() {
        return document;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant dispatchAt() {
        return requestedAt.plus(INVOCATIONS_APPEAR_AFTER);
    }

    public List<SimulatedInvocation> invocations() {
        return invocations;
    }

    public boolean invocationsVisible(Instant now) {
        return !now.isBefore(dispatchAt());
    }

    public Optional<SimulatedInvocation> invocation(String instanceId) {
        return invocations.stream().filter(i -> i.instanceId().equals(instanceId)).findFirst();
    }

    /** Cancels every invocation not finished at {@code at}; returns whether anything changed. */
    boolean cancelAll(Instant at) {
        cancelledAt = at;
        boolean changed = false;
        for (SimulatedInvocation invocation : invocations) {
            changed |= invocation.cancel(at);
        }
        return changed;
    }

    /** Status and status details, derived from the invocations at {@code now}. */
    public String[] status(Instant now) {
        List<InvocationView> views = invocations.stream().map(i -> i.at(now, dispatchAt())).toList();
        if (!views.stream().allMatch(InvocationView::terminal)) {
            return now.isBefore(dispatchAt()) ? new String[]{"Pending", "Pending"} : new String[]{"InProgress", "In Progress"};
        }
        if (cancelledAt != null && views.stream().anyMatch(v -> v.status() == CommandInvocationStatus.CANCELLED
                && v.statusDetails().equals("Cancelled"))) {
            return new String[]{"Cancelled", "Cancelled"};
        }
        long errors = views.stream().filter(v -> v.status() == CommandInvocationStatus.FAILED
                || v.statusDetails().equals("Execution Timed Out")).count();
        long deliveryTimeouts = views.stream().filter(v -> v.statusDetails().equals("Delivery Timed Out")).count();
        if (errors > maxErrors) {
            return new String[]{"Failed", "Failed"};
        }
        if (deliveryTimeouts > maxErrors) {
            return new String[]{"TimedOut", "Delivery Timed Out"};
        }
        if (views.stream().allMatch(v -> v.status() == CommandInvocationStatus.SUCCESS)) {
            return new String[]{"Success", "Success"};
        }
        // Attempted everywhere, some not successful, not enough errors to call it Failed.
        return new String[]{"Success", "Incomplete"};
    }

    public Command toCommand(Instant now) {
        String[] status = status(now);
        List<InvocationView> views = invocations.stream().map(i -> i.at(now, dispatchAt())).toList();
        return Command.builder()
                .commandId(commandId)
                .documentName(request.documentName())
                .documentVersion(request.documentVersion() == null ? "$DEFAULT" : request.documentVersion())
                .comment(request.comment() == null ? "" : request.comment())
                .expiresAfter(requestedAt.plusSeconds(timeoutSeconds + executionTimeoutSeconds()))
                .parameters(request.parameters())
                .instanceIds(request.instanceIds())
                .targets(request.targets())
                .requestedDateTime(requestedAt)
                .status(CommandStatus.fromValue(status[0]))
                .statusDetails(status[1])
                .outputS3Region(request.outputS3Region() != null ? request.outputS3Region()
                        : request.outputS3BucketName() != null ? region : null)
                .outputS3BucketName(request.outputS3BucketName() == null ? "" : request.outputS3BucketName())
                .outputS3KeyPrefix(request.outputS3KeyPrefix() == null ? "" : request.outputS3KeyPrefix())
                .maxConcurrency(request.maxConcurrency() == null ? "50" : request.maxConcurrency())
                .maxErrors(request.maxErrors() == null ? "0" : request.maxErrors())
                .targetCount(invocations.size())
                .completedCount((int) views.stream().filter(InvocationView::terminal).count())
                .errorCount((int) views.stream().filter(v -> v.status() == CommandInvocationStatus.FAILED
                        || v.statusDetails().equals("Execution Timed Out")).count())
                .deliveryTimedOutCount((int) views.stream()
                        .filter(v -> v.statusDetails().equals("Delivery Timed Out")).count())
                .serviceRole(request.serviceRoleArn() == null ? "" : request.serviceRoleArn())
                .notificationConfig(request.notificationConfig())
                .cloudWatchOutputConfig(request.cloudWatchOutputConfig())
                .timeoutSeconds(timeoutSeconds)
                .build();
    }

    int executionTimeoutSeconds() {
        List<String> value = request.parameters().get("executionTimeout");
        if (value != null && !value.isEmpty()) {
            try {
                return Integer.parseInt(value.get(0));
            } catch (NumberFormatException e) {
                return 3600;
            }
        }
        return 3600;
    }
}
