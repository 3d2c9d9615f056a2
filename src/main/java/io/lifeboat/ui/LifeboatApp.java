package io.lifeboat.ui;

import io.lifeboat.app.GuiRequest;
import io.lifeboat.app.Lifeboat;
import io.lifeboat.aws.MfaCodePrompt;
import io.lifeboat.aws.sandbox.SandboxAccount;
import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.aws.sandbox.SandboxServiceClients;
import io.lifeboat.store.DataDirectory;
import io.lifeboat.ui.common.FxMfaPrompt;
import io.lifeboat.ui.shell.Destinations;
import io.lifeboat.ui.shell.Shell;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The desktop app: opens the core, the main window, and connects. */
public final class LifeboatApp extends Application {

    private static volatile GuiRequest request;
    private Lifeboat core;

    public static void launch(GuiRequest guiRequest) {
        request = guiRequest;
        Application.launch(LifeboatApp.class);
    }

    @Override
    public void start(Stage stage) {
        GuiRequest startRequest = Objects.requireNonNull(request, "launch through io.lifeboat.Launcher");
        // One sandbox account per run: reconnecting to it keeps what was changed in it.
        AtomicReference<SandboxServiceClients> sandbox = new AtomicReference<>();
        MfaCodePrompt mfa = new FxMfaPrompt(stage);
        core = Lifeboat.open(DataDirectory.resolve(), Platform::runLater, Platform::isFxApplicationThread, mfa,
                spec -> sandbox.updateAndGet(existing -> existing != null ? existing
                        : new SandboxServiceClients(SandboxAccount.withDemoFleet(SandboxClock.system()))));
        for (int size : new int[]{16, 32, 48, 64, 128, 256}) {
            var icon = LifeboatApp.class.getResource("/icons/lifeboat-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new Image(icon.toExternalForm()));
            }
        }
        Shell shell = Shell.open(stage, core, Destinations.all(), url -> getHostServices().showDocument(url));
        if (startRequest.exitWhenReady()) {
            shell.app().firstDataShownProperty().addListener((obs, was, shown) -> {
                if (shown) {
                    Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
                    System.out.println("ready-ms: " + Duration.between(started, Instant.now()).toMillis());
                    System.out.flush();
                    Platform.exit();
                }
            });
        }
        shell.connectAtStartup(startRequest);
    }

    @Override
    public void stop() {
        if (core != null) {
            core.close();
        }
    }
}
