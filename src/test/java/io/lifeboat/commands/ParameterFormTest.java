package io.lifeboat.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The parameters form over the real definitions of AWS's documents (test resources, as GetDocument returns them). */
class ParameterFormTest {

    private final DocumentDefinition shell = RealDocuments.definition(RealDocuments.RUN_SHELL_SCRIPT, "Linux", "MacOS");
    private final DocumentDefinition pkg = RealDocuments.definition(RealDocuments.CONFIGURE_AWS_PACKAGE, "Windows", "Linux");
    private final DocumentDefinition agent = RealDocuments.definition(RealDocuments.CLOUDWATCH_MANAGE_AGENT, "Windows", "Linux");

    @Test
    void readsTheRunShellScriptDefinitionsInTheDocumentsOrder() {
        assertThat(shell.parameters()).extracting(ParameterDefinition::name)
                .containsExactly("commands", "workingDirectory", "executionTimeout");
        ParameterDefinition commands = shell.parameters().get(0);
        assertThat(commands.type()).isEqualTo(ParameterType.STRING_LIST);
        assertThat(commands.required()).isTrue();
        assertThat(commands.multiline()).isTrue();
        assertThat(commands.minItems()).isEqualTo(1);
        ParameterDefinition timeout = shell.parameter("executionTimeout").orElseThrow();
        assertThat(timeout.defaultValues()).containsExactly("3600");
        assertThat(timeout.allowedPattern()).startsWith("([1-9][0-9]{0,4})");
        assertThat(shell.parameter("workingDirectory").orElseThrow().maxChars()).isEqualTo(4096);
    }

    @Test
    void aScriptIsOneCommandPerLineAndIsRequired() {
        ParameterForm form = new ParameterForm(shell);
        assertThat(form.problems()).containsOnlyKeys("commands").containsEntry("commands", "Required.");

        form.setText("commands", "df -h\nuptime\n\n");

        assertThat(form.valid()).isTrue();
        assertThat(form.toSend()).containsExactly(Map.entry("commands", List.of("df -h", "uptime")));
        assertThat(form.effective()).containsEntry("executionTimeout", List.of("3600"))
                .containsEntry("workingDirectory", List.of(""));
        assertThat(form.given("executionTimeout")).isFalse();
    }

    @Test
    void theExecutionTimeoutPatternMustMatchTheWholeValue() {
        ParameterForm form = new ParameterForm(shell);
        form.setText("commands", "uptime");

        form.setText("executionTimeout", "172800");
        assertThat(form.problems()).isEmpty();
        assertThat(form.toSend()).containsEntry("executionTimeout", List.of("172800"));
        // 999999 contains a match of the pattern; SSM requires the whole value to match (1 to 172800 s).
        form.setText("executionTimeout", "999999");
        assertThat(form.problems().get("executionTimeout")).startsWith("Does not match the allowed pattern");
        form.setText("executionTimeout", "0");
        assertThat(form.problems()).containsKey("executionTimeout");
        form.setText("executionTimeout", "3600");
        assertThat(form.problems()).isEmpty();
        assertThat(form.toSend()).as("back at its default, SSM fills it in").doesNotContainKey("executionTimeout");
    }

    @Test
    void aWorkingDirectoryLongerThanMaxCharsIsRefused() {
        ParameterForm form = new ParameterForm(shell);
        form.setText("commands", "pwd");
        form.setText("workingDirectory", "/" + "d".repeat(4096));
        assertThat(form.problems().get("workingDirectory")).isEqualTo("At most 4096 characters (4097 given).");
    }

    @Test
    void configurePackageAllowsOnlyItsValuesAndNamesThatMatchItsPattern() {
        ParameterForm form = new ParameterForm(pkg);
        assertThat(form.problems()).containsOnlyKeys("action", "name");

        form.setText("action", "Reinstall");
        form.setText("name", "AmazonCloudWatchAgent");
        assertThat(form.problems()).containsOnlyKeys("action");
        assertThat(form.problems().get("action")).isEqualTo("Must be one of: Install, Uninstall.");

        form.setText("action", "Install");
        form.setText("name", "Amazon CloudWatch Agent");
        assertThat(form.problems().get("name")).startsWith("Does not match the allowed pattern ^arn:");
        form.setText("name", "arn:aws:ssm:eu-west-3:111122223333:package/my-agent");
        assertThat(form.problems()).isEmpty();
        form.setText("installationType", "In-place update");
        assertThat(form.toSend()).containsOnlyKeys("action", "name", "installationType");
    }

    @Test
    void configurePackageAdditionalArgumentsIsAJsonMapDefaultingToEmpty() {
        ParameterForm form = new ParameterForm(pkg);
        form.setText("action", "Install");
        form.setText("name", "AWSPVDriver");
        assertThat(form.text("additionalArguments")).isEqualTo("{}");
        assertThat(pkg.parameter("additionalArguments").orElseThrow().type()).isEqualTo(ParameterType.STRING_MAP);

        form.setText("additionalArguments", "SSM_reboot=false");
        assertThat(form.problems().get("additionalArguments")).startsWith("Must be a JSON object");
        form.setText("additionalArguments", "{\"SSM_reboot\": \"false\"}");
        assertThat(form.problems()).isEmpty();
        assertThat(form.toSend().get("additionalArguments")).containsExactly("{\"SSM_reboot\": \"false\"}");
    }

    @Test
    void cloudWatchAgentIsChosenAmongAllowedValuesWithDefaults() {
        ParameterForm form = new ParameterForm(agent);
        assertThat(form.valid()).as("every parameter has a default").isTrue();
        assertThat(form.text("action")).isEqualTo("configure");
        ParameterDefinition action = agent.parameter("action").orElseThrow();
        assertThat(action.allowedValues()).containsExactly("configure", "configure (append)", "configure (remove)",
                "start", "status", "stop");

        form.setText("action", "restart");
        assertThat(form.problems().get("action")).contains("configure (append)");
        form.setText("action", "status");
        form.setText("mode", "onPremise");
        assertThat(form.problems()).isEmpty();
        assertThat(form.toSend()).containsExactly(Map.entry("action", List.of("status")),
                Map.entry("mode", List.of("onPremise")));
    }

    @Test
    void theCommandLineGivesListsByRepeatingAParameterAndNamesUnknownOnes() {
        ParameterForm form = new ParameterForm(shell);
        form.setValues("commands", List.of("systemctl restart nginx", "sleep 5"));
        assertThat(form.toSend().get("commands")).containsExactly("systemctl restart nginx", "sleep 5");
        form.setValues("executionTimeout", List.of("60", "120"));
        assertThat(form.problems().get("executionTimeout")).isEqualTo("Takes one value, not 2.");
        assertThatThrownBy(() -> form.setValues("command", List.of("uptime")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no parameter 'command'").hasMessageContaining("commands, workingDirectory");
    }

    @Test
    void otherTypesAreCheckedToo() {
        DocumentDefinition typed = new DocumentDefinition("Ops-Typed", "111122223333", "1", "1", "", List.of("Linux"),
                DocumentContentReader.parameters("""
                        {"schemaVersion": "2.2", "parameters": {
                          "count": {"type": "Integer", "default": 3},
                          "dryRun": {"type": "Boolean", "default": true},
                          "rules": {"type": "MapList", "default": [], "maxItems": 2},
                          "hosts": {"type": "StringList", "default": ["a"], "allowedValues": ["a", "b"]}},
                         "mainSteps": []}
                        """));
        ParameterForm form = new ParameterForm(typed);
        assertThat(form.valid()).isTrue();
        assertThat(form.text("count")).isEqualTo("3");
        form.setText("count", "three");
        form.setText("dryRun", "yes");
        form.setText("rules", "[{\"a\": 1}, {\"b\": 2}, {\"c\": 3}]");
        form.setText("hosts", "a\nc");
        assertThat(form.problems()).containsEntry("count", "Must be a whole number.")
                .containsEntry("dryRun", "Must be true or false.")
                .containsEntry("rules", "Takes at most 2 items, not 3.")
                .containsEntry("hosts", "\"c\": Must be one of: a, b.");
        form.setText("rules", "[{\"a\": 1}]");
        assertThat(form.toSend().get("rules")).containsExactly("{\"a\":1}");
        assertThat(form.text("rules")).isEqualTo("[{\"a\":1}]");
    }
}
