package io.lifeboat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** {@code lifeboat restore}'s input refused before anything connects: one line naming the option, exit 2. */
class RestoreCommandTest {

    private static String[] run(String line) {
        StringWriter err = new StringWriter();
        CommandLine cli = Cli.withSubcommands(new Cli());
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(new StringWriter()));
        int code = cli.execute(line.split(" "));
        return new String[] {Integer.toString(code), err.toString().trim()};
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "restore --sandbox --source orders-prod --new-id drill | --source, --to and --new-id are needed",
        "restore --sandbox --source orders-prod --to latest --new-id orders--drill | --new-id: 'orders--drill' must not contain two hyphens in a row",
        "restore --sandbox --source orders-prod --to latest --new-id 9lives | --new-id: '9lives' must start with a letter",
        "restore --sandbox --source orders-prod --to 2025-03-10T09:30:00 --new-id drill | --to: 2025-03-10T09:30:00 has no offset",
        "restore --sandbox --source orders-prod --to yesterday --new-id drill | --to: 'yesterday' is neither 'latest' nor an ISO-8601 time",
        "restore --sandbox --source orders-prod --to latest --new-id drill --instances 0 | --instances: between 1 and 16",
        "restore --sandbox --source orders-prod --to latest --new-id drill --instance-class r6g.large | --instance-class: 'r6g.large' is not an instance class",
        "restore --sandbox --source orders-prod --to latest --new-id drill --type snapshot | --type: Unknown restore type snapshot",
        "restore --sandbox --source orders-prod --to latest --new-id drill --cname mydatabase | --cname: ZONE/RECORD",
        "restore --sandbox --source orders-prod --to latest --new-id drill --region mars-1 | Invalid value for option '--region'",
    })
    void badInputIsRefusedBeforeConnecting(String line, String message) {
        String[] result = run(line);
        assertThat(result[0]).isEqualTo("2");
        assertThat(result[1].lines()).singleElement().asString().startsWith("lifeboat restore: ").contains(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "restore revert | Missing required parameter: 'JOB'",
        "restore resume | Missing required parameter: 'JOB'",
    })
    void subcommandsNeedTheirJob(String line, String message) {
        String[] result = run(line);
        assertThat(result[0]).isEqualTo("2");
        assertThat(result[1]).contains(message);
    }
}
