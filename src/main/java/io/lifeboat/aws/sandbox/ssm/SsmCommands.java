package io.lifeboat.aws.sandbox.ssm;

import io.lifeboat.aws.sandbox.paging.Pages;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.ssm.model.Command;
import software.amazon.awssdk.services.ssm.model.CommandFilter;
import software.amazon.awssdk.services.ssm.model.CommandInvocation;
import software.amazon.awssdk.services.ssm.model.CommandInvocationStatus;
import software.amazon.awssdk.services.ssm.model.CommandPlugin;
import software.amazon.awssdk.services.ssm.model.CommandPluginStatus;
import software.amazon.awssdk.services.ssm.model.GetCommandInvocationRequest;
import software.amazon.awssdk.services.ssm.model.GetCommandInvocationResponse;
import software.amazon.awssdk.services.ssm.model.SendCommandRequest;

/**
 * Run Command over one region's state: send, follow (ListCommands, ListCommandInvocations,
 * GetCommandInvocation) and cancel. Everything a reader sees is derived from the clock it passes in.
 */
public final class SsmCommands {

    static final int STDOUT_LIMIT = 24_000;
    static final int STDERR_LIMIT = 8_000;
    static final int PLUGIN_OUTPUT_LIMIT = 2_500;
    static final String ERROR_SEPARATOR = "\n----------ERROR-------\n";
    static final String OUTPUT_TRUNCATED = "\n---Output truncated---";
    static final String ERROR_TRUNCATED = "\n---Error truncated----";
    private static final Pattern COMMAND_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final SsmState state;
    private final String accountId;

    public SsmCommands(SsmState state, String accountId) {
        this.state = state;
        this.accountId = accountId;
    }

    public Command send(SendCommandRequest request, Instant now) {
        // Tag targets are read from EC2 before taking SSM's lock, never while holding it.
        List<InstanceDirectory.DirectoryInstance> directory = request.targets().stream()
                .anyMatch(t -> t.key() != null && t.key().startsWith("tag"))
                ? state.directory().instances(state.region()) : List.of();
        return state.locked(() -> {
            SsmDocument document = state.documents().get(request.documentName());
            if (document == null) {
                throw SsmErrors.invalidDocument("Document " + request.documentName() + " does not exist in account "
                        + accountId + " or is not shared with it.");
            }
            int timeout = request.timeoutSeconds() == null ? 3600 : request.timeoutSeconds();
            if (timeout < 30 || timeout > 2_592_000) {
                throw SsmErrors.validation("1 validation error detected: Value '" + timeout + "' at 'timeoutSeconds' "
                        + "failed to satisfy constraint: Member must have value between 30 and 2592000");
            }
            String concurrencyText = request.maxConcurrency() == null ? "50" : request.maxConcurrency();
            String errorsText = request.maxErrors() == null ? "0" : request.maxErrors();
            if (!RateControl.MAX_CONCURRENCY.matcher(concurrencyText).matches()) {
                throw SsmErrors.validation("1 validation error detected: Value '" + concurrencyText
                        + "' at 'maxConcurrency' failed to satisfy constraint: Member must satisfy regular expression "
                        + "pattern: " + RateControl.MAX_CONCURRENCY.pattern());
            }
            if (!RateControl.MAX_ERRORS.matcher(errorsText).matches()) {
                throw SsmErrors.validation("1 validation error detected: Value '" + errorsText
                        + "' at 'maxErrors' failed to satisfy constraint: Member must satisfy regular expression "
                        + "pattern: " + RateControl.MAX_ERRORS.pattern());
            }
            if (request.comment() != null && request.comment().length() > 100) {
                throw SsmErrors.validation("1 validation error detected: Value at 'comment' failed to satisfy "
                        + "constraint: Member must have length less than or equal to 100");
            }
            Map<String, List<String>> parameters = ParameterCheck.resolve(document, request.parameters());
            List<ManagedNode> nodes = new TargetResolver(state, accountId, directory).resolve(request);
            List<SimulatedInvocation> invocations = nodes.stream()
                    .map(n -> new SimulatedInvocation(n, CommandOutputs.plan(document, parameters, n, now)))
                    .toList();
            SimulatedCommand command = new SimulatedCommand(UUID.randomUUID().toString(), state.region(), request,
                    document, now, timeout, RateControl.errors(errorsText, nodes.size()), invocations);
            RateControl.schedule(invocations, command.dispatchAt(), now.plusSeconds(timeout),
                    RateControl.concurrency(concurrencyText, nodes.size()), RateControl.errors(errorsText, nodes.size()));
            state.commands().add(command);
            return command.toCommand(now);
        });
    }

    public Pages.Page<Command> listCommands(String commandId, String instanceId, List<CommandFilter> filters,
                                            Integer maxResults, String nextToken, Instant now) {
        int size = pageSize(maxResults, 1, 50);
        return state.locked(() -> {
            if (commandId != null) {
                find(commandId);
            }
            List<Command> matching = state.commands().stream()
                    .filter(c -> commandId == null || c.commandId().equals(commandId))
                    .filter(c -> instanceId == null || c.invocation(instanceId).isPresent())
                    .sorted(Comparator.comparing(SimulatedCommand::requestedAt).reversed())
                    .map(c -> c.toCommand(now))
                    .filter(c -> filters.stream().allMatch(f -> matches(f, c.statusAsString(), c.documentName(),
                            c.requestedDateTime())))
                    .toList();
            return page(matching, nextToken, size, "ListCommands");
        });
    }

    public Pages.Page<CommandInvocation> listInvocations(String commandId, String instanceId,
                                                         List<CommandFilter> filters, boolean details,
                                                         Integer maxResults, String nextToken, Instant now) {
        int size = pageSize(maxResults, 1, 50);
        return state.locked(() -> {
            if (commandId != null) {
                find(commandId);
            }
            List<CommandInvocation> result = new ArrayList<>();
            state.commands().stream()
                    .filter(c -> commandId == null || c.commandId().equals(commandId))
                    .filter(c -> c.invocationsVisible(now))
                    .sorted(Comparator.comparing(SimulatedCommand::requestedAt).reversed())
                    .forEach(c -> c.invocations().stream()
                            .filter(i -> instanceId == null || i.instanceId().equals(instanceId))
                            .map(i -> toInvocation(c, i, details, now))
                            .filter(i -> filters.stream().allMatch(f -> matches(f, i.statusAsString(), i.documentName(),
                                    i.requestedDateTime())))
                            .forEach(result::add));
            return page(result, nextToken, size, "ListCommandInvocations");
        });
    }

    public GetCommandInvocationResponse get(GetCommandInvocationRequest request, Instant now) {
        return state.locked(() -> {
            if (request.commandId() == null || !COMMAND_ID.matcher(request.commandId()).matches()) {
                throw SsmErrors.invalidCommandId("Invalid command id " + request.commandId());
            }
            SimulatedCommand command = state.commands().stream()
                    .filter(c -> c.commandId().equals(request.commandId())).findFirst()
                    .filter(c -> c.invocationsVisible(now))
                    .orElseThrow(() -> SsmErrors.invocationDoesNotExist(null));
            SimulatedInvocation invocation = command.invocation(request.instanceId())
                    .orElseThrow(() -> SsmErrors.invocationDoesNotExist(null));
            InvocationView view = invocation.at(now, command.dispatchAt());
            String plugin = invocation.plan().pluginName();
            return GetCommandInvocationResponse.builder()
                    .commandId(command.commandId())
                    .instanceId(invocation.instanceId())
                    .comment(command.request().comment() == null ? "" : command.request().comment())
                    .documentName(command.document().name())
                    .documentVersion("1")
                    .pluginName(plugin)
                    .responseCode(view.responseCode())
                    .executionStartDateTime(view.started() == null ? "" : view.started().toString())
                    .executionElapsedTime(view.started() == null ? "" : Duration.between(view.started(),
                            view.ended() == null ? now : view.ended()).toString())
                    .executionEndDateTime(view.ended() == null || view.started() == null ? "" : view.ended().toString())
                    .status(view.status())
                    .statusDetails(view.statusDetails())
                    .standardOutputContent(truncate(view.stdout(), STDOUT_LIMIT))
                    .standardOutputUrl(s3Url(command, invocation, "stdout"))
                    .standardErrorContent(truncate(view.stderr(), STDERR_LIMIT))
                    .standardErrorUrl(s3Url(command, invocation, "stderr"))
                    .cloudWatchOutputConfig(command.request().cloudWatchOutputConfig())
                    .build();
        });
    }

    /** Cancels the whole command, or only the named instances' invocations. */
    public void cancel(String commandId, List<String> instanceIds, Instant now) {
        state.locked(() -> {
            SimulatedCommand command = find(commandId);
            if (instanceIds == null || instanceIds.isEmpty()) {
                command.cancelAll(now);
                return null;
            }
            for (String id : instanceIds) {
                command.invocation(id).orElseThrow(() -> SsmErrors.invalidInstanceId("Instance " + id
                        + " is not a target of command " + commandId)).cancel(now);
            }
            return null;
        });
    }

    private SimulatedCommand find(String commandId) {
        if (!COMMAND_ID.matcher(commandId).matches()) {
            throw SsmErrors.invalidCommandId("Invalid command id " + commandId);
        }
        return state.commands().stream().filter(c -> c.commandId().equals(commandId)).findFirst()
                .orElseThrow(() -> SsmErrors.invalidCommandId("Command " + commandId + " was not found."));
    }

    private CommandInvocation toInvocation(SimulatedCommand command, SimulatedInvocation invocation, boolean details,
                                           Instant now) {
        InvocationView view = invocation.at(now, command.dispatchAt());
        SendCommandRequest request = command.request();
        CommandInvocation.Builder builder = CommandInvocation.builder()
                .commandId(command.commandId())
                .instanceId(invocation.instanceId())
                .instanceName(invocation.node().computerName())
                .comment(request.comment() == null ? "" : request.comment())
                .documentName(command.document().name())
                .documentVersion("1")
                .requestedDateTime(command.requestedAt())
                .status(view.status())
                .statusDetails(view.statusDetails())
                .traceOutput("")
                .standardOutputUrl(s3Url(command, invocation, "stdout"))
                .standardErrorUrl(s3Url(command, invocation, "stderr"))
                .serviceRole(request.serviceRoleArn() == null ? "" : request.serviceRoleArn())
                .notificationConfig(request.notificationConfig())
                .cloudWatchOutputConfig(request.cloudWatchOutputConfig());
        if (details) {
            builder.commandPlugins(CommandPlugin.builder()
                    .name(invocation.plan().pluginName())
                    .status(pluginStatus(view.status()))
                    .statusDetails(view.statusDetails())
                    .responseCode(view.responseCode())
                    .responseStartDateTime(view.started())
                    .responseFinishDateTime(view.started() == null ? null : view.ended())
                    .output(pluginOutput(view.stdout(), view.stderr(), PLUGIN_OUTPUT_LIMIT))
                    .standardOutputUrl(s3Url(command, invocation, "stdout"))
                    .standardErrorUrl(s3Url(command, invocation, "stderr"))
                    .outputS3Region(request.outputS3BucketName() == null ? null : state.region())
                    .outputS3BucketName(request.outputS3BucketName() == null ? "" : request.outputS3BucketName())
                    .outputS3KeyPrefix(request.outputS3KeyPrefix() == null ? "" : request.outputS3KeyPrefix())
                    .build());
        }
        return builder.build();
    }

    /**
     * The plugin output ListCommandInvocations shows (Details=true), as the SSM agent builds it: stdout,
     * then stderr after its separator line, within {@code capacity} characters; what does not fit is cut
     * and marked, stdout and stderr sharing the room when both are long.
     */
    static String pluginOutput(String stdout, String stderr, int capacity) {
        String separator = stderr.isEmpty() ? "" : ERROR_SEPARATOR;
        int room = capacity - separator.length();
        if (stdout.length() + stderr.length() < room) {
            return stdout + separator + stderr;
        }
        if (stdout.length() > room / 2 && stderr.length() > room / 2) {
            int half = (room - OUTPUT_TRUNCATED.length() - ERROR_TRUNCATED.length()) / 2;
            return stdout.substring(0, half) + OUTPUT_TRUNCATED + separator + stderr.substring(0, half) + ERROR_TRUNCATED;
        }
        if (stdout.length() < room / 2) {
            return stdout + separator + stderr.substring(0, room - ERROR_TRUNCATED.length() - stdout.length())
                    + ERROR_TRUNCATED;
        }
        return stdout.substring(0, room - OUTPUT_TRUNCATED.length() - stderr.length()) + OUTPUT_TRUNCATED + separator
                + stderr;
    }

    private static CommandPluginStatus pluginStatus(CommandInvocationStatus status) {
        return switch (status) {
            case IN_PROGRESS -> CommandPluginStatus.IN_PROGRESS;
            case SUCCESS -> CommandPluginStatus.SUCCESS;
            case TIMED_OUT -> CommandPluginStatus.TIMED_OUT;
            case CANCELLED, CANCELLING -> CommandPluginStatus.CANCELLED;
            case FAILED -> CommandPluginStatus.FAILED;
            default -> CommandPluginStatus.PENDING;
        };
    }

    private String s3Url(SimulatedCommand command, SimulatedInvocation invocation, String stream) {
        String bucket = command.request().outputS3BucketName();
        if (bucket == null || bucket.isEmpty()) {
            return "";
        }
        String prefix = command.request().outputS3KeyPrefix();
        String plugin = invocation.plan().pluginName().replace(":", "");
        return "https://s3." + state.region() + ".amazonaws.com/" + bucket + "/"
                + (prefix == null || prefix.isEmpty() ? "" : prefix + "/") + command.commandId() + "/"
                + invocation.instanceId() + "/" + plugin + "/" + stream;
    }

    private static boolean matches(CommandFilter filter, String status, String documentName, Instant requested) {
        String value = filter.value();
        return switch (filter.keyAsString()) {
            case "Status" -> status.equals(value);
            case "DocumentName" -> documentName.equals(value);
            case "InvokedAfter" -> !requested.isBefore(Instant.parse(value));
            case "InvokedBefore" -> !requested.isAfter(Instant.parse(value));
            default -> throw SsmErrors.invalidFilterKey("The filter key " + filter.keyAsString() + " is not valid.");
        };
    }

    static int pageSize(Integer maxResults, int min, int max) {
        if (maxResults == null) {
            return max;
        }
        if (maxResults < min || maxResults > max) {
            throw SsmErrors.maxResults(maxResults, min, max);
        }
        return maxResults;
    }

    static <T> Pages.Page<T> page(List<T> all, String token, int size, String scope) {
        if (!Pages.valid(token, scope)) {
            throw SsmErrors.invalidNextToken();
        }
        try {
            return Pages.page(all, token, size, scope);
        } catch (IllegalArgumentException e) {
            throw SsmErrors.invalidNextToken();
        }
    }

    static String truncate(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit);
    }
}
