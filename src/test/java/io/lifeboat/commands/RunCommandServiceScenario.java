package io.lifeboat.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.aws.Connection;
import io.lifeboat.tasks.TaskContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * RunCommandService on any backend, through the real request path: a document read from its content,
 * sent by tag and by ids with the parameters and options as given, found in the history as sent, and an
 * instance's output. Subclasses give the account (the sandbox, Moto) and say where it differs.
 */
abstract class RunCommandServiceScenario {

    static final String REGION = "eu-west-3";
    static final String DOCUMENT = "Ops-Uptime";
    static final String CONTENT = """
            {"schemaVersion": "2.2", "description": "Print uptime and a greeting",
             "parameters": {"commands": {"type": "StringList", "minItems": 1, "displayType": "textarea",
                                         "description": "(Required) Commands"},
                            "greeting": {"type": "String", "default": "hello", "allowedValues": ["hello", "bonjour"]}},
             "mainSteps": [{"action": "aws:runShellScript", "name": "run", "inputs": {"runCommand": "{{ commands }}"}}]}
            """;

    private final ExecutorService io = Executors.newCachedThreadPool();

    abstract Connection connection();

    /** Instances tagged Role=web that SSM will run the command on. */
    abstract List<String> webInstances();

    /** Lets time pass on the backend (nothing on Moto). */
    abstract void elapse(Duration duration);

    /** Checks the target count SSM reports for a command sent to {@code ids}. */
    abstract void assertTargetCount(int count, List<String> ids);

    /** The ids ListCommands reports for a command sent to {@code ids}. */
    abstract List<String> listedIds(List<String> ids);

    /** What one instance's output holds on this backend. */
    abstract void assertOutput(InvocationOutput output);

    RunCommandService service() {
        return new RunCommandService(connection().clients(), io, d -> elapse(d));
    }

    @AfterEach
    void stopIo() {
        io.shutdownNow();
    }

    void createDocument() {
        connection().clients().ssm(REGION).createDocument(r -> r.name(DOCUMENT).content(CONTENT)
                .documentType("Command").documentFormat("JSON"));
    }

    @Test
    void aDocumentIsReadFromItsContentAndSentByTagAsGiven() {
        createDocument();
        List<String> web = webInstances();
        DocumentDefinition document = service().documents().describe(REGION, DOCUMENT, null);
        assertThat(document.parameters()).extracting(ParameterDefinition::name).containsExactly("commands", "greeting");
        assertThat(document.parameter("greeting").orElseThrow().allowedValues()).containsExactly("hello", "bonjour");
        ParameterForm form = new ParameterForm(document);
        form.setText("commands", "uptime\nwhoami");
        form.setText("greeting", "bonjour");
        CommandOptions options = new CommandOptions("contract by tag", 600, new RateControl("25%", "1"), "ops-output",
                "run-command", "/lifeboat/run-command", null, null);
        connection().calls().reset();

        SendOutcome outcome = service().send(REGION, new CommandRequest(DOCUMENT, null, form.toSend(),
                new Targets.ByTags(List.of(TagTarget.parse("Role=web"))), options), TaskContext.NONE);

        assertThat(outcome.status()).isEqualTo(SendOutcome.Status.SENT);
        assertThat(connection().calls().count("SendCommand")).isEqualTo(1);
        elapse(Duration.ofMinutes(2));
        CommandSummary sent = service().history(REGION, HistoryFilter.NONE, 50, TaskContext.NONE).stream()
                .filter(c -> c.commandId().equals(outcome.commandIds().get(0))).findFirst().orElseThrow();
        assertThat(sent.documentName()).isEqualTo(DOCUMENT);
        assertThat(sent.parameters()).containsEntry("commands", List.of("uptime", "whoami"))
                .containsEntry("greeting", List.of("bonjour"));
        assertThat(sent.tagTargets()).containsExactly(TagTarget.parse("Role=web"));
        assertThat(sent.comment()).isEqualTo("contract by tag");
        assertThat(sent.options().rateControl()).isEqualTo(new RateControl("25%", "1"));
        assertThat(sent.options().deliveryTimeoutSeconds()).isEqualTo(600);
        assertThat(sent.options().s3Bucket()).isEqualTo("ops-output");
        assertThat(sent.targetCount()).isEqualTo(web.size());
    }

    @Test
    void instancesPickedByIdAreSentByIdAndEachHasItsOutput() {
        createDocument();
        List<String> web = webInstances();
        SendOutcome outcome = service().send(REGION, new CommandRequest(DOCUMENT, null,
                Map.of("commands", List.of("uptime")), new Targets.ByInstances(web),
                CommandOptions.DEFAULT.withComment("contract by id")), TaskContext.NONE);

        assertThat(outcome.sent()).singleElement().satisfies(s -> assertThat(s.instanceIds())
                .containsExactlyElementsOf(web));
        elapse(Duration.ofMinutes(2));
        CommandSummary sent = service().history(REGION, HistoryFilter.NONE, 50, TaskContext.NONE).stream()
                .filter(c -> c.commandId().equals(outcome.commandIds().get(0))).findFirst().orElseThrow();
        assertThat(sent.instanceIds()).containsExactlyInAnyOrderElementsOf(listedIds(web));
        assertTargetCount(sent.targetCount(), web);

        InvocationOutput output = service().control().output(REGION, sent.commandId(), web.get(0), List.of());
        assertThat(output.available()).isTrue();
        assertThat(output.steps().get(0).status()).isEqualTo("Success");
        assertOutput(output);
    }
}
