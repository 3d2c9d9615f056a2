package io.lifeboat.ui;

import io.lifeboat.app.GuiRequest;
import io.lifeboat.app.Lifeboat;
import io.lifeboat.app.StartupTrace;
import io.lifeboat.aws.sandbox.SandboxServiceClients;
import io.lifeboat.ui.common.FxMfaPrompt;
import io.lifeboat.ui.shell.Destinations;
import io.lifeboat.ui.shell.Shell;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The desktop app: opens the core, the main window, and connects. */
public final class LifeboatApp extends Application {

    private static volatile GuiRequest request;
    private static volatile CompletableFuture<Lifeboat> opening;
    private static final FxMfaPrompt MFA = new FxMfaPrompt();
    private Lifeboat core;

    public static void launch(GuiRequest guiRequest) {
        request = guiRequest;
        // Opening the core (SQLite and its native library, the settings) overlaps with the toolkit's
        // start, and keeps the store off the FX thread from the first read.
        // One sandbox account per run: reconnecting to it keeps what was changed in it.
        AtomicReference<SandboxServiceClients> sandbox = new AtomicReference<>();
        opening = Lifeboat.openInBackground(Lifeboat.defaultDataDirectory(), Platform::runLater,
                Platform::isFxApplicationThread, MFA, spec -> sandbox.updateAndGet(existing -> existing != null
                        ? existing : SandboxServiceClients.demo()));
        Application.launch(LifeboatApp.class);
    }

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("fx start");
        GuiRequest startRequest = Objects.requireNonNull(request, "launch through io.lifeboat.Launcher");
        MFA.owner(stage);
        core = opening.join();
        StartupTrace.mark("core open");
        for (int size : new int[]{16, 32, 48, 64, 128, 256}) {
            var icon = LifeboatApp.class.getResource("/icons/lifeboat-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new Image(icon.toExternalForm()));
            }
        }
        Shell shell = Shell.open(stage, core, Destinations.all(), url -> getHostServices().showDocument(url),
                Shell.startupConnection(startRequest, core));
        StartupTrace.mark("window shown");
        if (startRequest.exitWhenReady()) {
            shell.app().firstDataShownProperty().addListener((obs, was, shown) -> {
                if (shown) {
                    StartupTrace.mark("data shown");
                    System.out.println("ready-ms: " + StartupTrace.sinceProcessStart());
                    System.out.flush();
                    Platform.exit();
                }
            });
        }
    }

    @Override
    public void stop() {
        if (core != null) {
            core.close();
        }
    }
}
