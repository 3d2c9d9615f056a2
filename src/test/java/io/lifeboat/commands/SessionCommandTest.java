package io.lifeboat.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** "Start session": the command line, what is missing, the terminal found; no process is ever started here. */
class SessionCommandTest {

    private static final FleetInstance ONLINE = new FleetInstance("eu-west-3", "i-0abc", "web-1", "Linux", "running",
            new FleetInstance.SsmNode("Online", "3.3.1142.0", "Amazon Linux 2023", Instant.now()), true,
            Map.of());
    private static final FleetInstance LOST = new FleetInstance("eu-west-3", "i-0def", "worker-3", "Linux", "running",
            new FleetInstance.SsmNode("ConnectionLost", "3.3.1142.0", "Amazon Linux 2023",
                    Instant.parse("2025-03-07T08:00:00Z")), true, Map.of());

    /** A machine whose PATH holds exactly {@code programs} (in /usr/bin). */
    private static SessionCommand.Environment machine(String os, String... programs) {
        Set<Path> present = java.util.Arrays.stream(programs).map(p -> Path.of("/usr/bin", p))
                .collect(java.util.stream.Collectors.toSet());
        return new SessionCommand.Environment(os, List.of(Path.of("/usr/local/bin"), Path.of("/usr/bin")), present::contains);
    }

    @Test
    void theCommandCarriesTheProfileAndRegion() {
        SessionCommand session = SessionCommand.plan(ONLINE, "prod-admin", "eu-west-3",
                machine("Linux", "aws", "session-manager-plugin", "gnome-terminal"));

        assertThat(session.command()).containsExactly("aws", "ssm", "start-session", "--target", "i-0abc",
                "--profile", "prod-admin", "--region", "eu-west-3");
        assertThat(session.commandLine()).isEqualTo("aws ssm start-session --target i-0abc --profile prod-admin --region eu-west-3");
        assertThat(session.missing()).isEmpty();
        assertThat(session.terminal()).containsExactly("gnome-terminal", "--", "aws", "ssm", "start-session", "--target",
                "i-0abc", "--profile", "prod-admin", "--region", "eu-west-3");
        assertThat(session.ready()).isTrue();
    }

    @Test
    void withoutANamedProfileTheCommandUsesTheEnvironmentsCredentials() {
        assertThat(SessionCommand.plan(ONLINE, null, "us-east-1", machine("Linux", "aws")).commandLine())
                .isEqualTo("aws ssm start-session --target i-0abc --region us-east-1");
    }

    @Test
    void saysWhatIsMissing() {
        SessionCommand noPlugin = SessionCommand.plan(ONLINE, "p", "eu-west-3", machine("Linux", "aws", "xterm"));
        assertThat(noPlugin.missing()).singleElement().asString().startsWith("The Session Manager plugin")
                .contains("session-manager-plugin");
        assertThat(noPlugin.ready()).isFalse();

        SessionCommand nothing = SessionCommand.plan(LOST, "p", "eu-west-3", machine("Linux"));
        assertThat(nothing.missing()).hasSize(3);
        assertThat(nothing.missing().get(0)).startsWith("The AWS CLI (aws) is not on the PATH");
        assertThat(nothing.missing().get(2)).startsWith("The instance is not Online in SSM: SSM agent ConnectionLost");
        assertThat(nothing.terminal()).isEmpty();
    }

    @Test
    void findsTheTerminalOfEachSystem() {
        assertThat(SessionCommand.plan(ONLINE, "p", "r", machine("Linux", "aws", "session-manager-plugin", "xterm",
                "konsole")).terminal()).startsWith("konsole", "-e", "aws");
        assertThat(SessionCommand.plan(ONLINE, "p", "r", machine("Linux", "x-terminal-emulator", "xterm")).terminal())
                .startsWith("x-terminal-emulator", "-e");
        assertThat(SessionCommand.plan(ONLINE, "p", "r", machine("Mac OS X")).terminal())
                .startsWith("osascript", "-e").anySatisfy(a -> assertThat(a).contains("tell application \"Terminal\" to do script "
                        + "\"aws ssm start-session --target i-0abc --profile p --region r\""));
        assertThat(SessionCommand.plan(ONLINE, "p", "r", machine("Windows 11", "wt.exe")).terminal())
                .startsWith("wt", "new-tab", "aws");
        assertThat(SessionCommand.plan(ONLINE, "p", "r", machine("Windows 11")).terminal())
                .startsWith("cmd", "/c", "start", "cmd", "/k", "aws");
    }
}
