package io.lifeboat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.app.GuiRequest;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class CliTest {

    /** What picocli makes of arguments that open the desktop app. */
    private static GuiRequest byPicocli(String[] args) {
        Cli root = new Cli();
        new CommandLine(root).parseArgs(args);
        return new GuiRequest(root.connection.request(), root.exitWhenReady);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {
        "",
        "--sandbox",
        "--sandbox --exit-when-ready",
        "--profile prod --region eu-west-1 --read-only",
        "--profile=prod --region=eu-west-1",
        "--region all --region us-east-1",
        "--endpoint-url http://127.0.0.1:5000 --region eu-west-3",
    })
    void theFastPathReadsDesktopArgumentsAsPicocliDoes(String line) {
        String[] args = line.isEmpty() ? new String[0] : line.split(" ");

        Optional<GuiRequest> fast = GuiArguments.parse(args);

        assertThat(fast).contains(byPicocli(args));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"volumes --sandbox", "--help", "-V", "--sandbox=yes", "--profile", "--region --sandbox",
        "--unknown", "whoami", "--endpoint-url ::not-a-uri"})
    void anythingElseIsLeftToPicocli(String line) {
        assertThat(GuiArguments.parse(line.split(" "))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--sandbox", "--read-only --profile prod"})
    void desktopArgumentsOpenTheDesktop(String line) {
        AtomicReference<GuiRequest> launched = new AtomicReference<>();

        int code = Cli.run(line.split(" "), launched::set);

        assertThat(code).isZero();
        assertThat(launched.get()).isNotNull();
    }
}
