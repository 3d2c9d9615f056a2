package io.lifeboat.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded SQLite database. One connection, used under its own lock: writes are small and
 * few (task state changes, audit rows), and WAL mode keeps every committed row across a crash of
 * the app. Schema changes are numbered migrations tracked in {@code PRAGMA user_version}.
 *
 * <p>The UI thread never waits for it: {@link #with} refuses that thread (as the guards refuse AWS
 * calls on it), and {@link #write} queues the UI thread's writes instead of waiting. A backup run
 * holding the lock to write its audit rows can slow a worker, never the window.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private static final List<String> MIGRATIONS = List.of(
            """
            CREATE TABLE activity (
                id TEXT PRIMARY KEY, title TEXT NOT NULL, resources TEXT NOT NULL, mutating INTEGER NOT NULL,
                state TEXT NOT NULL, done INTEGER NOT NULL, total INTEGER NOT NULL, message TEXT,
                error_code TEXT, error_message TEXT, error_fix TEXT, retry_of TEXT,
                submitted_at INTEGER NOT NULL, started_at INTEGER, ended_at INTEGER);
            CREATE INDEX activity_submitted ON activity(submitted_at);
            CREATE TABLE audit (
                id INTEGER PRIMARY KEY AUTOINCREMENT, time INTEGER NOT NULL, profile TEXT, account TEXT,
                region TEXT, service TEXT NOT NULL, operation TEXT NOT NULL, resource_ids TEXT NOT NULL,
                outcome TEXT NOT NULL, request_id TEXT, error_code TEXT, error_message TEXT, task_id TEXT);
            CREATE INDEX audit_time ON audit(time);
            CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            """,
            """
            CREATE TABLE backup_runs (
                id TEXT PRIMARY KEY, started_at INTEGER NOT NULL, ended_at INTEGER, profile TEXT, account TEXT,
                regions TEXT NOT NULL, outcome TEXT NOT NULL, summary TEXT NOT NULL, report TEXT NOT NULL);
            CREATE INDEX backup_runs_started ON backup_runs(started_at);
            """,
            // Point-in-time restore jobs (issue 11): the job as JSON, listed by creation, claimed by a runner.
            """
            CREATE TABLE restore_jobs (
                id TEXT PRIMARY KEY, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, account TEXT NOT NULL,
                region TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL, status TEXT NOT NULL, runner TEXT,
                job TEXT NOT NULL);
            CREATE INDEX restore_jobs_created ON restore_jobs(created_at);
            """,
            // Snapshot timelines (issue 9): the tag edits Lifeboat made, the only tag history there is.
            """
            CREATE TABLE tag_edits (
                id INTEGER PRIMARY KEY AUTOINCREMENT, time INTEGER NOT NULL, account TEXT, region TEXT NOT NULL,
                resource_id TEXT NOT NULL, before_tags TEXT NOT NULL, after_tags TEXT NOT NULL);
            CREATE INDEX tag_edits_where ON tag_edits(account, region);
            """,
            // Run Command templates (issue 10): one row per name, the template as JSON.
            """
            CREATE TABLE command_templates (
                name TEXT PRIMARY KEY, document TEXT NOT NULL, saved_at INTEGER NOT NULL, body TEXT NOT NULL);
            """);

    private final Connection connection;
    private final Path file;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "lifeboat-store-writer");
        thread.setDaemon(true);
        return thread;
    });
    private volatile BooleanSupplier refusedThread = () -> false;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    public static Database open(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + directory, e);
        }
        Path file = directory.resolve("lifeboat.db");
        try {
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
            Database database = new Database(file, connection);
            database.configure();
            database.migrate();
            return database;
        } catch (SQLException e) {
            throw new StoreException("Cannot open the database " + file + ": " + e.getMessage(), e);
        }
    }

    private void configure() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode=WAL");
            statement.execute("PRAGMA synchronous=NORMAL");
            statement.execute("PRAGMA busy_timeout=5000");
        }
    }

    private void migrate() throws SQLException {
        int version;
        try (Statement statement = connection.createStatement();
             var rs = statement.executeQuery("PRAGMA user_version")) {
            version = rs.getInt(1);
        }
        for (int i = version; i < MIGRATIONS.size(); i++) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String sql : MIGRATIONS.get(i).split(";")) {
                    if (!sql.isBlank()) {
                        statement.execute(sql);
                    }
                }
                statement.execute("PRAGMA user_version = " + (i + 1));
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    /** The schema version a migrated database has: one per migration. */
    static int schemaVersion() {
        return MIGRATIONS.size();
    }

    /** From now on, {@link #with} refuses the threads {@code uiThread} names (the desktop's JavaFX thread). */
    public void refuse(BooleanSupplier uiThread) {
        this.refusedThread = uiThread;
    }

    /** Whether this thread may wait for the database (every thread but the UI thread). */
    public boolean mayWaitHere() {
        return !refusedThread.getAsBoolean();
    }

    /**
     * Runs {@code work} with the connection, under the database lock.
     *
     * @throws IllegalStateException on the UI thread: read in a task, write with {@link #write}
     */
    public <T> T with(SqlWork<T> work) {
        if (!mayWaitHere()) {
            throw new IllegalStateException("The database was used on the UI thread, where a write in progress "
                    + "would freeze the window: read it in a task, write it with Database.write");
        }
        return locked(work);
    }

    private synchronized <T> T locked(SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("Database error in " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes on the store's own thread, in the order asked. The caller waits until it is written (so
     * a task's row is on disk before its body runs), except on the UI thread, which never waits: its
     * writes are queued and a failure is logged.
     */
    public void write(SqlWork<?> work) {
        Future<?> written = writer.submit(() -> {
            try {
                locked(work);
            } catch (RuntimeException e) {
                LOG.warn("Could not write to the store", e);
                throw e;
            }
        });
        if (mayWaitHere()) {
            try {
                written.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException failure ? failure
                        : new StoreException("Database error: " + e.getCause(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public Path file() {
        return file;
    }

    /** Writes what is queued (a few seconds at most), then closes the connection. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing at exit; nothing left to save
            }
        }
    }

    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
