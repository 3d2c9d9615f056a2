package io.lifeboat.cli;

import io.lifeboat.app.AppSettings;
import io.lifeboat.app.RestoreJobCenter;
import io.lifeboat.aws.Connection;
import io.lifeboat.aws.ConnectionFailedException;
import io.lifeboat.aws.ConnectionSpec;
import io.lifeboat.aws.Connector;
import io.lifeboat.aws.Problem;
import io.lifeboat.aws.Regions;
import io.lifeboat.aws.StartupConnection;
import io.lifeboat.aws.credentials.AwsEnvironment;
import io.lifeboat.aws.credentials.ProfileCatalog;
import io.lifeboat.aws.guard.AuditInterceptor;
import io.lifeboat.aws.guard.AuditSink;
import io.lifeboat.aws.sandbox.SandboxServiceClients;
import io.lifeboat.backup.BackupReport;
import io.lifeboat.backup.BackupSettings;
import io.lifeboat.snapshots.PolicyHistory;
import io.lifeboat.store.AuditLog;
import io.lifeboat.store.BackupRunHistory;
import io.lifeboat.store.DataDirectory;
import io.lifeboat.store.Database;
import io.lifeboat.store.SettingsStore;
import io.lifeboat.store.TagEditHistory;
import io.lifeboat.volumes.BackupConvention;
import java.io.PrintWriter;
import java.util.List;

/**
 * What a subcommand runs with: the connection chosen from its options (no remembered GUI
 * connection: scripts must be explicit), and the same audit log and settings as the desktop.
 */
final class CliContext implements AutoCloseable {

    private final Database database;
    private final Connection connection;
    private final ConnectionOptions options;
    private RestoreJobCenter restoreJobs;

    private CliContext(Database database, Connection connection, ConnectionOptions options) {
        this.database = database;
        this.connection = connection;
        this.options = options;
    }

    /** @throws io.lifeboat.aws.ConnectionFailedException when connecting fails */
    static CliContext open(ConnectionOptions options, PrintWriter err) {
        Database database = openStore(err);
        AuditSink audit = database == null ? AuditInterceptor.discarding() : new AuditLog(database);
        AwsEnvironment env = AwsEnvironment.system(true);
        StartupConnection.Choice choice = StartupConnection.forCommandLine(options.request(),
                ProfileCatalog.fromEnvironment(), env);
        if (choice.warning() != null) {
            err.println("lifeboat: warning: " + choice.warning());
            err.flush();
        }
        Connector connector = Connector.builder()
                .sandbox(s -> SandboxServiceClients.demo())
                .audit(audit)
                .mfa(new ConsoleMfaPrompt())
                .environment(env)
                .build();
        try {
            return new CliContext(database, connector.connect(choice.spec()), options);
        } catch (RuntimeException e) {
            if (database != null) {
                database.close();
            }
            throw e instanceof ConnectionFailedException failed ? withCommandLineFix(failed) : e;
        }
    }

    /** Missing credentials: how to give them on a command line, and that the sandbox is one flag away. */
    private static ConnectionFailedException withCommandLineFix(ConnectionFailedException e) {
        Problem problem = e.problem();
        if (problem.kind() != Problem.Kind.CREDENTIALS_MISSING) {
            return e;
        }
        String fix = e.spec().kind() == ConnectionSpec.Kind.PROFILE
                ? "add keys to profile " + e.spec().profile() + " (aws configure --profile " + e.spec().profile()
                        + ", or aws configure sso)"
                : "export AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, set AWS_PROFILE or pass --profile NAME "
                        + "(profiles come from aws configure), or run where an instance or container role is attached";
        return new ConnectionFailedException(e.spec(), new Problem(problem.kind(), problem.code(), problem.message(),
                fix + ". To try Lifeboat on a simulated account instead, add --sandbox."), e.getCause());
    }

    private static Database openStore(PrintWriter err) {
        try {
            return Database.open(DataDirectory.resolve());
        } catch (RuntimeException e) {
            err.println("warning: no audit log this run (" + e.getMessage() + ")");
            return null;
        }
    }

    Connection connection() {
        return connection;
    }

    /** The regions to work on: those named, all enabled ones, or the connection's own. */
    List<String> regions() {
        if (options.allRegions()) {
            return Regions.enabled(connection.clients(), connection.homeRegion());
        }
        List<String> named = options.namedRegions();
        return named.isEmpty() ? List.of(connection.homeRegion()) : named;
    }

    BackupConvention convention() {
        return database == null ? BackupConvention.DEFAULT : new AppSettings(new SettingsStore(database)).convention();
    }

    /** The backup settings the desktop saved (policy name, copied tags, keep-newest), else the defaults. */
    BackupSettings backupSettings() {
        return database == null ? BackupSettings.defaults(convention())
                : BackupSettings.from(convention(), new SettingsStore(database)::get);
    }

    /** The restore jobs of this data directory (the desktop's too); {@code null} when the store could not open. */
    RestoreJobCenter restoreJobs() {
        if (restoreJobs == null && database != null) {
            restoreJobs = new RestoreJobCenter(database, Runnable::run);
        }
        return restoreJobs;
    }

    /** The tag edits the desktop recorded in a region of this account (when volumes were protected), oldest first. */
    List<PolicyHistory.RecordedEdit> tagEdits(String region) {
        return database == null ? List.of() : new TagEditHistory(database).edits(connection.accountId(), region);
    }

    /** Above this many targets a command needs {@code --confirm N}: the desktop's setting, else its default. */
    int confirmTypingAbove() {
        return database == null ? AppSettings.DEFAULT_CONFIRM_TYPING_ABOVE
                : new AppSettings(new SettingsStore(database)).confirmTypingAbove();
    }

    /** Adds a run to the history the desktop's Backups view lists. */
    void recordBackupRun(BackupReport report) {
        if (database != null) {
            new BackupRunHistory(database).record(report, connection.spec().label(), connection.accountId());
        }
    }

    @Override
    public void close() {
        if (restoreJobs != null) {
            restoreJobs.close();
        }
        connection.close();
        if (database != null) {
            database.close();
        }
    }
}
