package io.lifeboat.aws.sandbox.ssm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ssm.model.Command;
import software.amazon.awssdk.services.ssm.model.CommandFilter;
import software.amazon.awssdk.services.ssm.model.CommandFilterKey;
import software.amazon.awssdk.services.ssm.model.CommandInvocation;
import software.amazon.awssdk.services.ssm.model.CommandStatus;
import software.amazon.awssdk.services.ssm.model.InvalidCommandIdException;
import software.amazon.awssdk.services.ssm.model.ValidationException;

class SandboxSsmHistoryTest {

    private final SsmFixture f = new SsmFixture();

    private List<Command> history(CommandFilter... filters) {
        return f.ssm.listCommandsPaginator(r -> r.filters(filters).maxResults(5)).commands().stream().toList();
    }

    @Test
    void twoWeeksOfPastCommandsNewestFirstWithEveryOutcome() {
        List<Command> all = history();
        assertThat(all).hasSize(12);
        assertThat(all).extracting(Command::requestedDateTime)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder())
                .allSatisfy(t -> assertThat(t).isBetween(SsmFixture.T0.minus(Duration.ofDays(14)), SsmFixture.T0));
        assertThat(all).extracting(Command::status).contains(CommandStatus.SUCCESS, CommandStatus.FAILED,
                CommandStatus.CANCELLED);
        assertThat(all).extracting(Command::documentName).contains("AWS-RunShellScript", "AWS-UpdateSSMAgent",
                "AWS-ConfigureAWSPackage", "AmazonCloudWatch-ManageAgent", "AWS-RunPowerShellScript",
                SsmSeed.ROTATE_LOGS, "AmazonInspector-ManageAWSAgent");
    }

    @Test
    void filtersByStatusDocumentDateAndInstance() {
        assertThat(history(filter(CommandFilterKey.STATUS, "Failed"))).isNotEmpty()
                .allSatisfy(c -> assertThat(c.status()).isEqualTo(CommandStatus.FAILED));
        assertThat(history(filter(CommandFilterKey.DOCUMENT_NAME, SsmSeed.ROTATE_LOGS))).hasSize(2);
        assertThat(history(filter(CommandFilterKey.INVOKED_AFTER, SsmFixture.T0.minus(Duration.ofDays(4)).toString())))
                .hasSize(3);
        assertThat(history(filter(CommandFilterKey.INVOKED_BEFORE, SsmFixture.T0.minus(Duration.ofDays(12)).toString())))
                .hasSize(2);
        String bastion = f.id("prod-bastion-01");
        assertThat(f.ssm.listCommands(r -> r.instanceId(bastion)).commands()).extracting(Command::comment)
                .contains("Bastion sanity check");
    }

    @Test
    void invocationsOfAPastCommandPageAcrossCalls() {
        Command rotate = history(filter(CommandFilterKey.DOCUMENT_NAME, SsmSeed.ROTATE_LOGS)).get(1);
        List<CommandInvocation> invocations = f.ssm.listCommandInvocationsPaginator(r -> r.commandId(rotate.commandId())
                .maxResults(3).details(true)).commandInvocations().stream().toList();
        assertThat(invocations).hasSize(rotate.targetCount());
        assertThat(invocations).allSatisfy(i -> assertThat(i.commandPlugins().get(0).output()).contains("Rotated"));
        assertThat(f.ssm.listCommandInvocations(r -> r.commandId(rotate.commandId()).maxResults(3)).nextToken())
                .isNotNull();
    }

    @Test
    void refusesOutOfRangePageSizesAndUnknownCommands() {
        assertThatThrownBy(() -> f.ssm.listCommands(r -> r.maxResults(0))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> f.ssm.listCommands(r -> r.maxResults(51))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> f.ssm.listCommandInvocations(r -> r.maxResults(51)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> f.ssm.listCommands(r -> r.commandId("not-a-command")))
                .isInstanceOf(InvalidCommandIdException.class);
        assertThatThrownBy(() -> f.ssm.cancelCommand(r -> r.commandId("00000000-0000-0000-0000-000000000000")))
                .isInstanceOf(InvalidCommandIdException.class);
        assertThatThrownBy(() -> f.ssm.listCommands(r -> r.nextToken("garbage")))
                .isInstanceOf(software.amazon.awssdk.services.ssm.model.InvalidNextTokenException.class);
    }

    private static CommandFilter filter(CommandFilterKey key, String value) {
        return CommandFilter.builder().key(key).value(value).build();
    }
}
