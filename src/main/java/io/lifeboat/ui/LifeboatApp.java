package io.lifeboat.ui;

import io.lifeboat.app.GuiRequest;
import io.lifeboat.app.Lifeboat;
import io.lifeboat.app.StartupTrace;
import io.lifeboat.aws.credentials.MfaCodePrompt;
import io.lifeboat.aws.sandbox.SandboxAccount;
import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.aws.sandbox.SandboxServiceClients;
import io.lifeboat.store.DataDirectory;
import io.lifeboat.store.Database;
import io.lifeboat.ui.common.FxMfaPrompt;
import io.lifeboat.ui.shell.Destinations;
import io.lifeboat.ui.shell.Shell;
import java.time.Duration;
import java.time.Instant;
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
    private static volatile CompletableFuture<Database> database;
    private Lifeboat core;

    public static void launch(GuiRequest guiRequest) {
        request = guiRequest;
        // Opening SQLite (its native library included) overlaps with the toolkit's start.
        database = CompletableFuture.supplyAsync(() -> Database.open(DataDirectory.resolve()),
                runnable -> {
                    Thread thread = new Thread(runnable, "lifeboat-open-store");
                    thread.setDaemon(true);
                    thread.start();
                });
        Application.launch(LifeboatApp.class);
    }

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("fx start");
        GuiRequest startRequest = Objects.requireNonNull(request, "launch through io.lifeboat.Launcher");
        // One sandbox account per run: reconnecting to it keeps what was changed in it.
        AtomicReference<SandboxServiceClients> sandbox = new AtomicReference<>();
        MfaCodePrompt mfa = new FxMfaPrompt(stage);
        core = Lifeboat.open(database.join(), Platform::runLater, Platform::isFxApplicationThread, mfa,
                spec -> sandbox.updateAndGet(existing -> existing != null ? existing
                        : new SandboxServiceClients(SandboxAccount.withDemoFleet(SandboxClock.system()))));
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
