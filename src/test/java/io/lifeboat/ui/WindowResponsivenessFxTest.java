package io.lifeboat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.aws.guard.AuditRecord;
import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.backup.SnapshotCreate;
import io.lifeboat.ui.shell.Destinations;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.Function;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window stays responsive while a backup run writes its audit rows through a slow store. The
 * store is made slow without timing: every audit row waits inside SQLite (holding the store's lock,
 * as a slow disk would) until the test lets it through. While one is held, the test uses the window
 * the ways that touched the store on the FX thread before (submitting tasks, saving a setting,
 * switching views, the Backups history) and asks for animation pulses; then it lets the row through.
 * A window that waited for the store could neither finish those actions nor pulse before the row is
 * let through, so the bounds below are never close: they only stop a broken build from hanging.
 */
@ExtendWith(ApplicationExtension.class)
class WindowResponsivenessFxTest {

    private static final long BOUND_SECONDS = 20;

    @TempDir
    static Path home;

    private FxApp app;
    private final Gate gate = new Gate();

    @Start
    void start(Stage stage) {
        app = FxApp.start(stage, home, SandboxClock.manual(Instant.parse("2026-11-25T12:00:00Z")));
    }

    @AfterEach
    void close() {
        gate.open();
        app.close();
    }

    /** Every audit row waits here, inside the store, until the test releases it. */
    static final class Gate extends Function {
        private final Semaphore permits = new Semaphore(0);
        private volatile boolean open;
        private final AtomicLong passed = new AtomicLong();

        @Override
        protected void xFunc() throws SQLException {
            if (!open) {
                permits.acquireUninterruptibly();
            }
            passed.incrementAndGet();
            result(0);
        }

        boolean holding() {
            return permits.hasQueuedThreads();
        }

        void letOneThrough() {
            permits.release();
        }

        void open() {
            open = true;
            permits.release(10_000);
        }
    }

    private void slowDownTheAuditLog() {
        app.database().with(c -> {
            Function.create(c, "lifeboat_gate", gate);
            try (Statement statement = c.createStatement()) {
                statement.execute("CREATE TEMP TRIGGER audit_gate AFTER INSERT ON audit BEGIN SELECT lifeboat_gate(); END");
            }
            return null;
        });
    }

    /** Runs {@code action} on the FX thread and waits for it, within the bound. */
    private static void onFx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get(BOUND_SECONDS, TimeUnit.SECONDS);
    }

    /** Waits, off the FX thread, for {@code condition} (no FX involved: the FX thread may be the one stuck). */
    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(BOUND_SECONDS);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + BOUND_SECONDS + " s");
            }
            Thread.sleep(5);
        }
    }

    @Test
    void theWindowKeepsWorkingWhileEveryAuditRowOfARunWaitsForTheStore(FxRobot robot) throws Exception {
        TableView<?> volumes = robot.lookup("#volumesTable").queryAs(TableView.class);
        FxApp.waitUntil(() -> !volumes.getItems().isEmpty());
        robot.clickOn("#nav-backups");
        TableView<SnapshotCreate> creates = robot.lookup("#backupCreates").queryAs(TableView.class);
        FxApp.waitUntil(() -> !creates.getItems().isEmpty());
        int calls = creates.getItems().size();
        AtomicLong pulses = new AtomicLong();
        AnimationTimer pulse = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulses.incrementAndGet();
            }
        };
        onFx(pulse::start);
        slowDownTheAuditLog();

        onFx(() -> robot.lookup("#snapshotOnlyButton").queryAs(Button.class).fire());

        int held = 0;
        while (held < calls) {
            await(gate::holding);
            held++;
            long before = pulses.get();
            // The run's worker is stuck inside the store, holding its lock. The window works:
            onFx(() -> robot.lookup("#refreshButton").queryAs(Button.class).fire());   // a task is submitted
            if (held == 1) {
                onFx(() -> app.shell().app().darkThemeProperty().set(true));         // a setting is saved
                onFx(() -> app.shell().navigator().show(Destinations.ACTIVITY));    // the logs are read
                onFx(() -> app.shell().navigator().show(Destinations.BACKUPS));     // the history is read
            }
            await(() -> pulses.get() >= before + 3);                              // and it keeps painting
            gate.letOneThrough();
        }

        FxApp.waitUntil(() -> !robot.lookup("#backupReport").queryAs(TableView.class).getItems().isEmpty());
        assertThat(app.core().recentAudit(500)).filteredOn(r -> r.operation().startsWith("CreateSnapshot"))
                .hasSize(calls).allSatisfy(r -> assertThat(r.outcome()).isEqualTo(AuditRecord.Outcome.SUCCEEDED));
        assertThat(gate.passed.get()).isEqualTo(calls);
        assertThat(app.core().settings().darkTheme()).isTrue();
        onFx(pulse::stop);
    }
}
