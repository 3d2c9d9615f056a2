package io.lifeboat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.aws.ConnectionSpec;
import io.lifeboat.aws.Mode;
import io.lifeboat.aws.sandbox.SandboxClock;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A profile without credentials: the dialog says what is wrong and how to fix it, and offers the sandbox. */
@ExtendWith(ApplicationExtension.class)
class ConnectionFxTest {

    @TempDir
    static Path home;

    private FxApp app;

    @Start
    void start(Stage stage) {
        app = FxApp.start(stage, home, SandboxClock.system(), ConnectionSpec.profile("ghost", "eu-west-1", null, false));
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void missingCredentialsExplainTheFixAndOfferTheSandbox(FxRobot robot) {
        FxApp.waitUntil(() -> robot.lookup("#problemMessage").tryQuery().map(n -> n.isVisible()).orElse(false));
        assertThat(robot.lookup("#problemMessage").queryAs(Label.class).getText())
                .isEqualTo("No AWS credentials were found for profile ghost.");
        assertThat(robot.lookup("#problemFix").queryAs(Label.class).getText())
                .contains("aws configure --profile ghost").contains("sandbox");
        assertThat(app.shell().app().modeProperty().get()).isNull();

        robot.clickOn("#openSandbox");

        FxApp.waitUntil(() -> app.shell().app().modeProperty().get() == Mode.SANDBOX);
        assertThat(robot.lookup(".mode-badge").queryAs(Label.class).getText()).isEqualTo("SANDBOX");
        assertThat(app.core().session().connection().spec().region()).isEqualTo("eu-west-1");
        FxApp.waitUntil(() -> robot.lookup("#problemMessage").tryQuery().isEmpty());
    }
}
