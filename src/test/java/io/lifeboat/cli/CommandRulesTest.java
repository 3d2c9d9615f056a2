package io.lifeboat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** {@code --help} on every command, and bad input answered by one line and exit 2, never a stack trace. */
class CommandRulesTest {

    private record Result(int exit, String out, String err) {
    }

    private static Result lifeboat(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.withSubcommands(new Cli()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    /** Every command of the tree, as the words a user types: "", "volumes", "backup run"... */
    private static List<String> commands() {
        List<String> names = new ArrayList<>();
        collect(Cli.withSubcommands(new Cli()), "", names);
        return names;
    }

    private static void collect(CommandLine command, String path, List<String> names) {
        if (command.getCommand() instanceof CommandLine.HelpCommand) {
            return;
        }
        names.add(path);
        command.getSubcommands().forEach((name, sub) -> collect(sub, (path + " " + name).trim(), names));
    }

    @Test
    void everyCommandAndSubcommandAnswersHelp() {
        List<String> commands = commands();
        assertThat(commands).contains("", "whoami", "volumes", "backup", "backup plan", "backup run", "backup prune");

        for (String command : commands) {
            String[] args = Stream.concat(command.isEmpty() ? Stream.empty() : Stream.of(command.split(" ")),
                    Stream.of("--help")).toArray(String[]::new);
            Result help = lifeboat(args);

            assertThat(help.exit()).as(command + " --help: " + help.err()).isZero();
            assertThat(help.out()).as(command).startsWith("Usage: lifeboat" + (command.isEmpty() ? "" : " " + command))
                    .contains("--help");
            assertThat(help.err()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "volumes --sandbox --tag =                         | lifeboat volumes: Invalid value for option '--tag': '='",
        "volumes --sandbox --tag =prod                     | A tag filter needs a key",
        "volumes --sandbox --region nowhere-1              | unknown region 'nowhere-1'",
        "volumes --sandbox --region eu-west-3 --region x-1 | unknown region 'x-1'",
        "--region nowhere-1                                | lifeboat: Invalid value for option '--region' (REGION): unknown region 'nowhere-1'",
        "volumes --sandbox --status sideways               | Unknown status 'sideways'",
        "volumes --sandbox --policy safe                   | Unknown policy 'safe'",
        "volumes --bogus                                   | lifeboat volumes: Unknown option: '--bogus'",
        "volumes --region                                  | Missing required parameter for option '--region'",
        "whoami --endpoint-url ::nope                      | '::nope' is not an http(s) URL",
        "whoami --endpoint-url localhost:5000              | 'localhost:5000' is not an http(s) URL",
        "backup                                            | lifeboat backup: Missing subcommand: plan, run or prune",
        "backup frobnicate                                 | lifeboat backup: Unmatched argument at index 1: 'frobnicate'",
        "backup run --sandbox --keep-newest -1             | lifeboat backup run: keep-newest cannot be negative",
        "backup run --sandbox --keep-newest many           | 'many' is not an int",
        "backup plan --sandbox --copy-tags aws:createdBy   | Cannot copy the tag key 'aws:createdBy'",
        "backup prune --sandbox --policy=                  | The policy name must be 1 to 256 characters",
        "frobnicate                                        | lifeboat: Unmatched argument at index 0: 'frobnicate'",
        "backup run --sandbox --time-budget soon           | lifeboat backup run: Invalid value for option '--time-budget'",
        "backup run --sandbox --time-budget 10             | '10' is not a positive duration such as 10m",
        "backup run --sandbox --time-budget 0m             | '0m' is not a positive duration",
        "backup prune --sandbox --time-budget PT-5M        | 'PT-5M' is not a positive duration",
        "backup plan --sandbox --time-budget 10m           | lifeboat backup plan: Unknown options: '--time-budget'",
    })
    void badInputIsOneLineAndExitTwo(String line, String expected) {
        Result result = lifeboat(line.trim().split(" +"));

        assertThat(result.exit()).as(result.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err().lines().toList()).singleElement().asString().contains(expected.trim())
                .contains("--help").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(result.out()).isEmpty();
    }
}
