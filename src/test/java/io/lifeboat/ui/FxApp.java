package io.lifeboat.ui;

import io.lifeboat.app.Lifeboat;
import io.lifeboat.aws.ConnectionSpec;
import io.lifeboat.aws.StartupConnection;
import io.lifeboat.aws.credentials.MfaCodePrompt;
import io.lifeboat.aws.sandbox.SandboxAccount;
import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.aws.sandbox.SandboxServiceClients;
import io.lifeboat.backup.Sleeper;
import io.lifeboat.snapshots.Pacing;
import io.lifeboat.store.Database;
import io.lifeboat.ui.shell.Destinations;
import io.lifeboat.ui.shell.Shell;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/** The real app (core, shell, sandbox) as UI tests drive it: one per test, on a temporary data directory. */
public final class FxApp implements AutoCloseable {

    private final Database database;
    private final Lifeboat core;
    private final Shell shell;
    private final SandboxAccount account;

    private FxApp(Database database, Lifeboat core, Shell shell, SandboxAccount account) {
        this.database = database;
        this.core = core;
        this.shell = shell;
        this.account = account;
    }

    /** Opens the main window on {@code stage} and connects it to a fresh demo sandbox. */
    public static FxApp start(Stage stage, Path dataDirectory, SandboxClock clock) {
        return start(stage, dataDirectory, clock, ConnectionSpec.sandbox(ConnectionSpec.SANDBOX_REGION, false));
    }

    /** Opens the main window and connects to {@code first}; the sandbox, when asked for, is a fresh demo one. */
    public static FxApp start(Stage stage, Path dataDirectory, SandboxClock clock, ConnectionSpec first) {
        return start(stage, dataDirectory, clock, new StartupConnection.Choice(first, null));
    }

    /** As the desktop starts: the connection chosen at start-up, with its warning if it has one. */
    public static FxApp start(Stage stage, Path dataDirectory, SandboxClock clock, StartupConnection.Choice first) {
        SandboxAccount account = SandboxAccount.withDemoFleet(clock);
        // As the app does: the core (and its store) is opened off the FX thread, which the store refuses.
        Database database = CompletableFuture.supplyAsync(() -> Database.open(dataDirectory)).join();
        Lifeboat core = CompletableFuture.supplyAsync(() -> Lifeboat.open(database, Platform::runLater,
                Platform::isFxApplicationThread, MfaCodePrompt.NONE, spec -> new SandboxServiceClients(account))).join();
        // Work that waits on EC2 (a snapshot completing) asks often: tests move the sandbox's clock, then look.
        core.pacing(new Pacing(Sleeper.SYSTEM, java.time.Duration.ofMillis(200)));
        Shell shell = Shell.open(stage, core, Destinations.all(), url -> { }, first);
        return new FxApp(database, core, shell, account);
    }

    /** The store under the core, for tests that slow it down. */
    public Database database() {
        return database;
    }

    public Lifeboat core() {
        return core;
    }

    public Shell shell() {
        return shell;
    }

    public SandboxAccount account() {
        return account;
    }

    /** Waits (up to 20 s) for a condition checked on the FX thread. */
    public static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
                try {
                    return condition.call();
                } catch (RuntimeException notYet) {
                    return false; // a node not laid out yet, say: try again
                }
            }).get());
        } catch (TimeoutException e) {
            throw new AssertionError("Condition not met within 20 s", e);
        }
    }

    @Override
    public void close() {
        core.close();
    }
}
