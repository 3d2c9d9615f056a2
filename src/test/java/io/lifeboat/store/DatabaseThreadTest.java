package io.lifeboat.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store never makes the UI thread wait: it refuses to be read there, and the UI thread's writes
 * (settings, task records) are queued behind whoever holds the store, in order. Here one thread
 * plays the UI thread and the store is held, as a backup run's audit writes hold it, until the test
 * lets go: were the UI thread to wait, it could not finish before that.
 */
class DatabaseThreadTest {

    @TempDir
    Path home;

    private final ExecutorService ui = Executors.newSingleThreadExecutor(r -> new Thread(r, "ui"));
    private final ExecutorService worker = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        ui.shutdownNow();
        worker.shutdownNow();
    }

    private Database open() {
        Database db = Database.open(home);
        db.refuse(() -> Thread.currentThread().getName().equals("ui"));
        return db;
    }

    /** Holds the store's lock on the worker until {@code release} is counted down. */
    private CompletableFuture<Void> hold(Database db, CountDownLatch held, CountDownLatch release) {
        return CompletableFuture.runAsync(() -> db.with(c -> {
            held.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }), worker);
    }

    @Test
    void theUiThreadIsRefusedWithAMessageThatSaysWhatToDo() throws Exception {
        Database db = open();

        var refused = CompletableFuture.runAsync(() -> db.with(c -> c.createStatement().execute("SELECT 1")), ui);

        assertThatThrownBy(refused::join).hasCauseInstanceOf(IllegalStateException.class)
                .hasMessageContaining("UI thread").hasMessageContaining("in a task");
        int one = db.with(c -> c.createStatement().executeQuery("SELECT 1").getInt(1));
        assertThat(one).isEqualTo(1);
        db.close();
    }

    @Test
    void theUiThreadsWritesAreQueuedBehindAHeldStoreAndLandInOrder() throws Exception {
        Database db = open();
        SettingsStore settings = new SettingsStore(db);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = hold(db, held, release);
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();

        // While the store is held, the UI thread writes and reads settings without waiting.
        List<String> seen = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> CompletableFuture.supplyAsync(() -> {
            settings.put("ui.theme", "dark");
            settings.put("ui.theme", "light");
            settings.put("regions.volumes.1", "eu-west-3");
            return List.of(settings.get("ui.theme").orElseThrow(), settings.get("regions.volumes.1").orElseThrow());
        }, ui).get());
        assertThat(seen).containsExactly("light", "eu-west-3");
        assertThat(holder).isNotDone();

        release.countDown();
        holder.get(10, TimeUnit.SECONDS);
        db.close();
        Database reopened = Database.open(home);
        assertThat(new SettingsStore(reopened).get("ui.theme")).contains("light");
        assertThat(new SettingsStore(reopened).get("regions.volumes.1")).contains("eu-west-3");
        reopened.close();
    }

    @Test
    void aWorkersWriteIsOnDiskWhenTheCallReturns() {
        Database db = open();
        new SettingsStore(db).put("connection.kind", "SANDBOX");

        Database other = Database.open(home);
        assertThat(new SettingsStore(other).get("connection.kind")).contains("SANDBOX");
        other.close();
        db.close();
    }
}
