package io.lifeboat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.aws.Mode;
import io.lifeboat.aws.StartupConnection;
import io.lifeboat.aws.credentials.AwsEnvironment;
import io.lifeboat.aws.credentials.ProfileCatalog;
import io.lifeboat.aws.sandbox.SandboxClock;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import software.amazon.awssdk.profiles.ProfileFile;

/** No credentials anywhere: the desktop opens on the sandbox and says why, rather than quietly. */
@ExtendWith(ApplicationExtension.class)
class NothingConfiguredFxTest {

    @TempDir
    static Path home;

    private FxApp app;

    @Start
    void start(Stage stage) {
        StartupConnection.Choice choice = StartupConnection.forDesktop(new StartupConnection.Request(null, null, null,
                false, false), new ProfileCatalog(() -> ProfileFile.aggregator().build()), Optional.empty(),
                AwsEnvironment.empty());
        app = FxApp.start(stage, home, SandboxClock.system(), choice);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theSandboxOpensWithTheReason(FxRobot robot) {
        FxApp.waitUntil(() -> app.shell().app().modeProperty().get() == Mode.SANDBOX);

        assertThat(robot.lookup("#notifications").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .anySatisfy((Node n) -> assertThat(((atlantafx.base.controls.Notification) n).getMessage())
                        .startsWith("No AWS credentials were found").contains("Connection…"));
    }
}
