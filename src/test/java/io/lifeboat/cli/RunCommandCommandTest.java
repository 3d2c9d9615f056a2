package io.lifeboat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code run-command}'s command line: bad input is one line and exit 2 before anything connects; read-only is exit 4. */
class RunCommandCommandTest {

    @TempDir
    static Path home;

    private static String previousHome;

    private record Result(int exit, String out, String err) {
    }

    /** The commands that connect open the audit log in the data directory: a temporary one here. */
    @org.junit.jupiter.api.BeforeAll
    static void useTemporaryDataDirectory() {
        previousHome = System.getProperty("lifeboat.home");
        System.setProperty("lifeboat.home", home.toString());
    }

    @org.junit.jupiter.api.AfterAll
    static void restoreDataDirectory() {
        if (previousHome == null) {
            System.clearProperty("lifeboat.home");
        } else {
            System.setProperty("lifeboat.home", previousHome);
        }
    }

    private static Result lifeboat(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.withSubcommands(new Cli()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "run-command --sandbox --param commands=uptime --target tag:Role=web | Missing required option: '--document=NAME'",
        "run-command --sandbox --document AWS-RunShellScript                 | Give the targets: --target tag:KEY=VALUE[,VALUE] or --instance ID",
        "run-command --sandbox --document D --target tag:Role=web --instance i-0123456789abcdef0 | Give either --target or --instance, not both",
        "run-command --sandbox --document D --target Role=web                | --target takes tag:KEY=VALUE[,VALUE], not 'Role=web'",
        "run-command --sandbox --document D --target tag:Role=               | Tag target Role needs at least one value",
        "run-command --sandbox --document D --target tag:Role=web --max-concurrency 0 | Max concurrency is a number of instances",
        "run-command --sandbox --document D --target tag:Role=web --max-errors 150% | Max errors is a number of errors",
        "run-command --sandbox --document D --target tag:Role=web --timeout 10 | The delivery timeout is 30 seconds to 30 days",
        "run-command --sandbox --document D --target tag:Role=web --param commands | --param takes NAME=VALUE, not 'commands'",
        "run-command --sandbox --document D --target tag:Role=web --region all | A command runs in one region",
        "run-command --sandbox --document D --target tag:Role=web --confirm -3 | --confirm takes the target count",
    })
    void badInputIsOneLineAndExitTwo(String line, String expected) {
        Result result = lifeboat(line.trim().split(" +"));

        assertThat(result.exit()).as(result.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err().lines().toList()).singleElement().asString().startsWith("lifeboat run-command: ")
                .contains(expected.trim()).contains("--help").doesNotContain("Exception");
    }

    @Test
    void parametersThatDoNotFitTheDocumentAreNamedAndExitTwo() {
        Result unknown = lifeboat("run-command", "--sandbox", "--document", "AWS-RunShellScript", "--param",
                "command=uptime", "--target", "tag:Role=web");
        assertThat(unknown.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("has no parameter 'command'");

        Result pattern = lifeboat("run-command", "--sandbox", "--document", "AWS-RunShellScript", "--param",
                "commands=uptime", "--execution-timeout", "999999", "--target", "tag:Role=web");
        assertThat(pattern.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(pattern.err()).contains("parameter executionTimeout: Does not match the allowed pattern");

        Result noDocument = lifeboat("run-command", "--sandbox", "--document", "AWS-RunShelScript", "--param",
                "commands=uptime", "--target", "tag:Role=web");
        assertThat(noDocument.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(noDocument.err()).contains("document AWS-RunShelScript in eu-west-3");
    }

    @Test
    void readOnlyRefusesToSendWithExitFour() {
        Result refused = lifeboat("run-command", "--sandbox", "--read-only", "--document", "AWS-RunShellScript",
                "--param", "commands=uptime", "--target", "tag:Role=web");

        assertThat(refused.exit()).as(refused.err()).isEqualTo(ExitCodes.REFUSED);
        assertThat(refused.err()).contains("refused").contains("read-only");
        assertThat(refused.out()).contains("9 instances match");
    }
}
