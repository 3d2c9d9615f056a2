package io.lifeboat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.cli.Cli;
import io.lifeboat.testing.ProjectVersion;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The desktop's About says what {@code lifeboat --version} says: the project's version, and where the copy runs from. */
@ExtendWith(ApplicationExtension.class)
class AboutFxTest {

    @TempDir
    static Path home;

    private FxApp app;

    @Start
    void start(Stage stage) {
        app = FxApp.start(stage, home, SandboxClock.system());
    }

    @AfterEach
    void close() {
        app.close();
    }

    private static String versionFromTheCommandLine() {
        StringWriter out = new StringWriter();
        int code = Cli.withSubcommands(new Cli()).setOut(new PrintWriter(out)).execute("--version");
        assertThat(code).isZero();
        return out.toString();
    }

    @Test
    void aboutAndTheCommandLineSayTheSameVersion(FxRobot robot) {
        robot.clickOn("#aboutButton");
        FxApp.waitUntil(() -> robot.lookup("#aboutDialog").tryQuery().isPresent());

        DialogPane about = robot.lookup("#aboutDialog").queryAs(DialogPane.class);
        String details = robot.lookup("#aboutDetails").queryAs(Label.class).getText();
        String[] cli = versionFromTheCommandLine().split("\\R");

        assertThat(about.getHeaderText()).isEqualTo("Lifeboat " + ProjectVersion.fromPom()).isEqualTo(cli[0]);
        assertThat(details).contains("Runtime:  Java " + System.getProperty("java.runtime.version"))
                .contains("Lambda:   packaging/lambda/backup-stack.yaml")
                .contains("Data:     " + home.toAbsolutePath());
        // Every line but the data directory (the test's own here) is the command line's.
        assertThat(details.lines().filter(l -> !l.startsWith("Data:"))).containsExactly(
                java.util.Arrays.stream(cli, 1, cli.length).filter(l -> !l.startsWith("Data:")).toArray(String[]::new));

        robot.clickOn("Close");
        FxApp.waitUntil(() -> robot.lookup("#aboutDialog").tryQuery().isEmpty());
    }
}
