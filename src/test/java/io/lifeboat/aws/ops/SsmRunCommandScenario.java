package io.lifeboat.aws.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lifeboat.aws.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.Command;
import software.amazon.awssdk.services.ssm.model.CommandInvocationStatus;
import software.amazon.awssdk.services.ssm.model.DocumentDescription;
import software.amazon.awssdk.services.ssm.model.DocumentIdentifier;
import software.amazon.awssdk.services.ssm.model.DocumentKeyValuesFilter;
import software.amazon.awssdk.services.ssm.model.DocumentParameter;
import software.amazon.awssdk.services.ssm.model.GetCommandInvocationResponse;
import software.amazon.awssdk.services.ssm.model.Target;

/**
 * Run Command as a feature service drives it, on any backend: create a document, send by tag, follow
 * the command in the history and per instance. Subclasses provide the account and its instances; the
 * sandbox subclass adds what only the sandbox emulates (statuses in progress, output, rate control).
 */
abstract class SsmRunCommandScenario {

    static final String REGION = "eu-west-3";
    static final String HELLO = """
            {"schemaVersion": "2.2", "description": "Say hello to someone",
             "parameters": {"who": {"type": "String", "default": "world", "description": "Whom to greet",
                                    "allowedPattern": "^[a-z]+$"}},
             "mainSteps": [{"action": "aws:runShellScript", "name": "hello",
                            "inputs": {"runCommand": ["echo hello {{ who }}"]}}]}
            """;

    /** A connection to the account under test, in {@link #REGION}. */
    abstract Connection connection();

    /** Makes sure instances tagged {@code Role=web} exist; returns the ids SSM will target (managed ones). */
    abstract List<String> webInstances();

    /** Lets time pass on the backend (the sandbox clock; nothing on Moto, where all is done at once). */
    abstract void elapse(Duration duration);

    SsmClient ssm() {
        return connection().clients().ssm(REGION);
    }

    @Test
    void aCreatedDocumentIsListedAsOwnedByTheAccountWithItsParameters() throws Exception {
        ssm().createDocument(r -> r.name("Ops-Hello").content(HELLO).documentType("Command").documentFormat("JSON"));

        List<String> own = ssm().listDocumentsPaginator(r -> r.filters(DocumentKeyValuesFilter.builder().key("Owner")
                .values("Self").build())).documentIdentifiers().stream().map(DocumentIdentifier::name).toList();
        assertThat(own).contains("Ops-Hello");
        DocumentDescription description = ssm().describeDocument(r -> r.name("Ops-Hello")).document();
        assertThat(description.parameters()).extracting(DocumentParameter::name).containsExactly("who");
        assertThat(description.documentTypeAsString()).isEqualTo("Command");
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(ssm().getDocument(r -> r.name("Ops-Hello")).content())).isEqualTo(json.readTree(HELLO));
    }

    @Test
    void sendByTagReachesTheTaggedInstancesAndShowsInTheHistory() {
        List<String> web = webInstances();
        Command sent = ssm().sendCommand(r -> r.documentName("AWS-RunShellScript")
                .parameters(Map.of("commands", List.of("uptime")))
                .targets(Target.builder().key("tag:Role").values("web").build())
                .maxConcurrency("50%").maxErrors("1").comment("scenario uptime")).command();

        assertThat(sent.commandId()).isNotBlank();
        assertThat(sent.targets()).extracting(Target::key).containsExactly("tag:Role");
        elapse(Duration.ofMinutes(2));

        List<Command> history = ssm().listCommandsPaginator(r -> r.maxResults(50)).commands().stream().toList();
        assertThat(history).extracting(Command::commandId).contains(sent.commandId());
        Command listed = ssm().listCommands(r -> r.commandId(sent.commandId())).commands().get(0);
        assertThat(listed.documentName()).isEqualTo("AWS-RunShellScript");
        assertThat(listed.comment()).isEqualTo("scenario uptime");
        assertThat(listed.targetCount()).isEqualTo(web.size());
        for (String instance : web) {
            GetCommandInvocationResponse invocation = ssm().getCommandInvocation(r -> r.commandId(sent.commandId())
                    .instanceId(instance));
            assertThat(invocation.status()).isEqualTo(CommandInvocationStatus.SUCCESS);
            assertThat(invocation.responseCode()).isZero();
            assertOutput(invocation);
        }
        assertThat(ssm().listCommands(r -> r.instanceId(web.get(0))).commands()).extracting(Command::commandId)
                .contains(sent.commandId());
    }

    /** What each backend's output looks like (Moto's is always empty). */
    abstract void assertOutput(GetCommandInvocationResponse invocation);
}
