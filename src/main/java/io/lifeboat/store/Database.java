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

/**
 * The embedded SQLite database. One connection, used under its own lock: writes are small and
 * few (task state changes, audit rows), and WAL mode keeps every committed row across a crash of
 * the app. Schema changes are numbered migrations tracked in {@code PRAGMA user_version}.
 */
public final class Database implements AutoCloseable {

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
            """);

    private final Connection connection;
    private final Path file;

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

    /** Runs {@code work} with the connection, under the database lock. */
    public synchronized <T> T with(SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("Database error in " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing at exit; nothing left to save
        }
    }

    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
