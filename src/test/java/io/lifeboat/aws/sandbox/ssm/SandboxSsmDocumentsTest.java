package io.lifeboat.aws.sandbox.ssm;

import static io.lifeboat.aws.sandbox.ssm.SsmFixture.commands;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ssm.model.DocumentDescription;
import software.amazon.awssdk.services.ssm.model.DocumentIdentifier;
import software.amazon.awssdk.services.ssm.model.DocumentKeyValuesFilter;
import software.amazon.awssdk.services.ssm.model.DocumentParameter;
import software.amazon.awssdk.services.ssm.model.InvalidDocumentContentException;
import software.amazon.awssdk.services.ssm.model.InvalidDocumentException;
import software.amazon.awssdk.services.ssm.model.InvalidParametersException;
import software.amazon.awssdk.services.ssm.model.DocumentAlreadyExistsException;
import software.amazon.awssdk.services.ssm.model.SendCommandRequest;

class SandboxSsmDocumentsTest {

    private final SsmFixture f = new SsmFixture();

    @Test
    void listsAmazonAndOwnDocumentsWithOwnerAndPlatformFiltersAcrossPages() throws Exception {
        List<String> amazon = names(filter("Owner", "Amazon"));
        assertThat(amazon).containsExactlyInAnyOrder("AWS-RunShellScript", "AWS-RunPowerShellScript",
                "AWS-ConfigureAWSPackage", "AmazonCloudWatch-ManageAgent", "AmazonInspector-ManageAWSAgent",
                "AWS-UpdateSSMAgent");
        assertThat(names(filter("Owner", "Self"))).containsExactly(SsmSeed.ROTATE_LOGS);
        assertThat(names(filter("Owner", "Private"))).as("the account's own and those shared with it")
                .containsExactlyInAnyOrder(SsmSeed.ROTATE_LOGS, SsmSeed.COLLECT_LOGS);
        assertThat(names(filter("Owner", "All"))).hasSize(8);
        assertThat(names(filter("PlatformTypes", "Windows"))).contains("AWS-RunPowerShellScript")
                .doesNotContain("AWS-RunShellScript", SsmSeed.ROTATE_LOGS);
        assertThat(names(filter("Name", "AWS-Run"))).containsExactlyInAnyOrder("AWS-RunShellScript",
                "AWS-RunPowerShellScript");
        assertThat(f.ssm.listDocuments(r -> r.maxResults(2)).nextToken()).isNotNull();
        assertThatThrownBy(() -> f.ssm.listDocuments(r -> r.maxResults(51)))
                .isInstanceOf(software.amazon.awssdk.services.ssm.model.ValidationException.class);
    }

    @Test
    void describesDocumentsAndReturnsContentWithTheRealParameterDefinitions() throws Exception {
        DocumentDescription shell = f.ssm.describeDocument(r -> r.name("AWS-RunShellScript")).document();
        assertThat(shell.owner()).isEqualTo("Amazon");
        assertThat(shell.platformTypesAsStrings()).containsExactly("Linux", "MacOS");
        assertThat(shell.parameters()).extracting(DocumentParameter::name)
                .containsExactly("commands", "workingDirectory", "executionTimeout");
        assertThat(shell.parameters().get(2).defaultValue()).isEqualTo("3600");

        JsonNode content = new ObjectMapper().readTree(f.ssm.getDocument(r -> r.name("AWS-RunShellScript")).content());
        assertThat(content.at("/parameters/commands/type").asText()).isEqualTo("StringList");
        assertThat(content.at("/parameters/commands/displayType").asText()).isEqualTo("textarea");
        assertThat(content.at("/parameters/executionTimeout/allowedPattern").asText())
                .isEqualTo(AmazonDocuments.EXECUTION_TIMEOUT_PATTERN);

        JsonNode pkg = new ObjectMapper().readTree(f.ssm.getDocument(r -> r.name("AWS-ConfigureAWSPackage")).content());
        assertThat(pkg.at("/parameters/action/allowedValues").toString()).isEqualTo("[\"Install\",\"Uninstall\"]");
        assertThat(pkg.at("/parameters/additionalArguments/type").asText()).isEqualTo("StringMap");
        assertThat(pkg.at("/parameters/name/allowedPattern").asText()).contains("(package|document)\\/");

        JsonNode rotate = new ObjectMapper().readTree(f.ssm.getDocument(r -> r.name(SsmSeed.ROTATE_LOGS)).content());
        assertThat(rotate.at("/parameters/logDirectory/allowedPattern").asText()).isEqualTo("^/var/log(/[a-zA-Z0-9._-]+)*$");
        assertThatThrownBy(() -> f.ssm.describeDocument(r -> r.name("No-Such-Doc")))
                .isInstanceOf(InvalidDocumentException.class);
    }

    @Test
    void createdDocumentsAreListedAsSelfAndRunnable() {
        String content = """
                {"schemaVersion": "2.2", "description": "Say hello",
                 "parameters": {"who": {"type": "String", "default": "world", "allowedPattern": "^[a-z]+$"}},
                 "mainSteps": [{"action": "aws:runShellScript", "name": "hello",
                                "inputs": {"runCommand": ["echo hello {{ who }}"]}}]}
                """;
        DocumentDescription created = f.ssm.createDocument(r -> r.name("Ops-Hello").content(content)
                .documentType("Command")).documentDescription();
        assertThat(created.owner()).isEqualTo("111122223333");
        assertThat(names(filter("Owner", "Self"))).contains("Ops-Hello");
        assertThatThrownBy(() -> f.ssm.createDocument(r -> r.name("Ops-Hello").content(content)))
                .isInstanceOf(DocumentAlreadyExistsException.class);
        assertThatThrownBy(() -> f.ssm.createDocument(r -> r.name("Ops-Broken").content("{not json")))
                .isInstanceOf(InvalidDocumentContentException.class);
        assertThatThrownBy(() -> send("Ops-Hello", Map.of("who", List.of("World!"))))
                .isInstanceOf(InvalidParametersException.class);
        assertThatCode(() -> send("Ops-Hello", Map.of())).doesNotThrowAnyException();
    }

    @Test
    void parametersAreValidatedAgainstTheDocument() {
        assertThatThrownBy(() -> send("AWS-RunShellScript", Map.of()))
                .isInstanceOf(InvalidParametersException.class).hasMessageContaining("commands");
        assertThatThrownBy(() -> send("AWS-RunShellScript", Map.of("commands", List.of())))
                .isInstanceOf(InvalidParametersException.class);
        assertThatThrownBy(() -> send("AWS-RunShellScript", Map.of("commands", List.of("ls"), "colour", List.of("red"))))
                .isInstanceOf(InvalidParametersException.class).hasMessageContaining("colour");
        assertThatThrownBy(() -> send("AWS-RunShellScript", Map.of("commands", List.of("ls"),
                "executionTimeout", List.of("0")))).isInstanceOf(InvalidParametersException.class);
        assertThatThrownBy(() -> send("AWS-RunShellScript", Map.of("commands", List.of("ls"),
                "executionTimeout", List.of("172801")))).isInstanceOf(InvalidParametersException.class);
        assertThatCode(() -> send("AWS-RunShellScript", Map.of("commands", List.of("ls"),
                "executionTimeout", List.of("172800")))).doesNotThrowAnyException();
        assertThatThrownBy(() -> send("AWS-ConfigureAWSPackage", Map.of("action", List.of("Reinstall"),
                "name", List.of("AmazonCloudWatchAgent")))).isInstanceOf(InvalidParametersException.class)
                .hasMessageContaining("allowed values");
        assertThatThrownBy(() -> send("AWS-ConfigureAWSPackage", Map.of("action", List.of("Install"),
                "name", List.of("bad name with spaces")))).isInstanceOf(InvalidParametersException.class);
        assertThatThrownBy(() -> send("AWS-ConfigureAWSPackage", Map.of("action", List.of("Install"),
                "name", List.of("AmazonCloudWatchAgent"), "additionalArguments", List.of("not-a-map"))))
                .isInstanceOf(InvalidParametersException.class);
        assertThatCode(() -> send("AWS-ConfigureAWSPackage", Map.of("action", List.of("Install"),
                "name", List.of("AmazonCloudWatchAgent"), "additionalArguments", List.of("{\"SSM_x\":\"1\"}"))))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> send(SsmSeed.ROTATE_LOGS, Map.of("logDirectory", List.of("/etc"))))
                .isInstanceOf(InvalidParametersException.class).hasMessageContaining("allowed pattern");
        assertThatThrownBy(() -> send(SsmSeed.ROTATE_LOGS, Map.of("logDirectory", List.of("/var/log/app"),
                "retentionDays", List.of("91")))).isInstanceOf(InvalidParametersException.class);
        assertThatCode(() -> send(SsmSeed.ROTATE_LOGS, Map.of("logDirectory", List.of("/var/log/app"),
                "retentionDays", List.of("90")))).doesNotThrowAnyException();
        assertThatCode(() -> send("AmazonCloudWatch-ManageAgent", Map.of("optionalConfigurationLocation",
                List.of("AmazonCloudWatch-linux")))).doesNotThrowAnyException();
        assertThatThrownBy(() -> send("No-Such-Doc", commands("ls"))).isInstanceOf(InvalidDocumentException.class);
    }

    private void send(String document, Map<String, List<String>> parameters) {
        f.ssm.sendCommand(SendCommandRequest.builder().documentName(document).parameters(parameters)
                .instanceIds(f.id("prod-web-01")).build());
    }

    private List<String> names(DocumentKeyValuesFilter filter) {
        return f.ssm.listDocumentsPaginator(r -> r.filters(filter).maxResults(2)).documentIdentifiers().stream()
                .map(DocumentIdentifier::name).toList();
    }

    private static DocumentKeyValuesFilter filter(String key, String... values) {
        return DocumentKeyValuesFilter.builder().key(key).values(values).build();
    }
}
