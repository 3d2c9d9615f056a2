package io.lifeboat.app;

import io.lifeboat.aws.AwsErrors;
import io.lifeboat.aws.ConnectionSpec;
import io.lifeboat.aws.Connector;
import io.lifeboat.aws.ServiceClients;
import io.lifeboat.aws.credentials.MfaCodePrompt;
import io.lifeboat.aws.guard.AuditRecord;
import io.lifeboat.backup.BackupReport;
import io.lifeboat.commands.CommandTemplate;
import io.lifeboat.snapshots.Pacing;
import io.lifeboat.snapshots.PolicyHistory;
import io.lifeboat.store.ActivityEntry;
import io.lifeboat.store.ActivityLog;
import io.lifeboat.store.AuditLog;
import io.lifeboat.store.BackupRunHistory;
import io.lifeboat.store.BackupRunHistory.BackupRun;
import io.lifeboat.store.CommandTemplates;
import io.lifeboat.store.DataDirectory;
import io.lifeboat.store.Database;
import io.lifeboat.store.SettingsStore;
import io.lifeboat.store.TagEditHistory;
import io.lifeboat.tasks.BackgroundTaskRunner;
import io.lifeboat.tasks.TaskRunner;
import io.lifeboat.volumes.BackupConvention;
import io.lifeboat.volumes.TagEditResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The desktop application's core, without JavaFX: the store, the task runner (whose tasks are
 * persisted as they run), the connector and the current session. The UI builds on it; so could
 * any other front end. Open it off the UI thread: it reads the store, which refuses that thread.
 */
public final class Lifeboat implements AutoCloseable {

    private final Database database;
    private final ActivityLog activity;
    private final AuditLog audit;
    private final AppSettings settings;
    private final BackupRunHistory backupRuns;
    private final RestoreJobCenter restoreJobs;
    private final TagEditHistory tagEdits;
    private final CommandTemplates templates;
    private final BackgroundTaskRunner tasks;
    private final ExecutorService io;
    private final Connector connector;
    private volatile Session session;
    private volatile Pacing pacing = Pacing.standard();

    private Lifeboat(Database database, Executor callbacks, BooleanSupplier uiThread, MfaCodePrompt mfa,
                     Function<ConnectionSpec, ServiceClients> sandbox) {
        this.database = database;
        this.activity = new ActivityLog(database);
        this.audit = new AuditLog(database);
        this.settings = new AppSettings(new SettingsStore(database));
        this.backupRuns = new BackupRunHistory(database);
        this.restoreJobs = new RestoreJobCenter(database, callbacks);
        this.tagEdits = new TagEditHistory(database);
        this.templates = new CommandTemplates(database);
        activity.markInterrupted();
        audit.markUnknown();
        // Only now: the desktop opens the core while the UI toolkit starts, and asking "is this the
        // UI thread?" of a toolkit that is not up yet would start it on this thread.
        database.refuse(uiThread);
        this.io = Executors.newCachedThreadPool(daemons("lifeboat-io-"));
        this.tasks = new BackgroundTaskRunner(4, callbacks, error -> AwsErrors.describe(error, currentProfile()));
        tasks.addListener(activity);
        this.connector = Connector.builder()
                .sandbox(sandbox)
                .audit(audit)
                .forbiddenThread(uiThread)
                .mfa(mfa)
                .build();
    }

    public static Lifeboat open(Path dataDirectory, Executor callbacks, BooleanSupplier uiThread, MfaCodePrompt mfa,
                                Function<ConnectionSpec, ServiceClients> sandbox) {
        return open(Database.open(dataDirectory), callbacks, uiThread, mfa, sandbox);
    }

    /**
     * Opens the core on a thread of its own, so that the desktop overlaps it with the UI toolkit's
     * start and the store is never opened on the UI thread.
     */
    public static CompletableFuture<Lifeboat> openInBackground(Path dataDirectory, Executor callbacks,
                                                               BooleanSupplier uiThread, MfaCodePrompt mfa,
                                                               Function<ConnectionSpec, ServiceClients> sandbox) {
        return CompletableFuture.supplyAsync(() -> open(dataDirectory, callbacks, uiThread, mfa, sandbox),
                runnable -> daemons("lifeboat-open-store-").newThread(runnable).start());
    }

    /** Where the desktop keeps its data: {@code LIFEBOAT_HOME}, else the platform's user data directory. */
    public static Path defaultDataDirectory() {
        return DataDirectory.resolve();
    }

    /** Over a database opened beforehand. */
    public static Lifeboat open(Database database, Executor callbacks, BooleanSupplier uiThread, MfaCodePrompt mfa,
                                Function<ConnectionSpec, ServiceClients> sandbox) {
        return new Lifeboat(database, callbacks, uiThread, mfa, sandbox);
    }

    /**
     * Connects (blocking: call it from a task), and on success replaces the current session.
     *
     * @throws io.lifeboat.aws.ConnectionFailedException with the problem and its fix
     */
    public Session connect(ConnectionSpec spec) {
        StartupTrace.mark("connect " + spec.label());
        Session next = new Session(connector.connect(spec), settings.convention(), io, pacing);
        StartupTrace.mark("connected");
        Session previous = session;
        session = next;
        settings.rememberConnection(spec);
        if (previous != null) {
            previous.close();
        }
        // Restore jobs this account left unfinished (the app was closed, or crashed) are tracked again.
        restoreJobs.resumeUnfinished(next.connection(), tasks);
        return next;
    }

    public Session session() {
        return session;
    }

    /**
     * Saves a new backup-tag convention and returns a session on the same connection whose services
     * use it (no reconnecting); the previous session's connection stays open.
     */
    public Session reconfigure(BackupConvention convention) {
        settings.convention(convention);
        Session current = session;
        if (current == null) {
            return null;
        }
        session = new Session(current, convention, io, pacing);
        return session;
    }

    /**
     * How often sessions connected from now on ask EC2 about work they wait for (snapshots completing, copies);
     * tests that move the sandbox's clock wait less.
     */
    public void pacing(Pacing next) {
        this.pacing = next;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    /** Tasks of this and earlier sessions, newest first. Reads the store: call it in a task. */
    public List<ActivityEntry> recentActivity(int limit) {
        return activity.recent(limit);
    }

    /** Mutating AWS calls, newest first. Reads the store: call it in a task. */
    public List<AuditRecord> recentAudit(int limit) {
        return audit.recent(limit);
    }

    public AppSettings settings() {
        return settings;
    }

    /** Backup runs made from this machine, with their reports. */
    public BackupRuns backupRuns() {
        return new BackupRuns() {
            @Override
            public void record(BackupReport report, Session on) {
                backupRuns.record(report, on.connection().spec().label(), on.connection().accountId());
            }

            @Override
            public List<BackupRun> recent(int limit) {
                return backupRuns.recent(limit);
            }

            @Override
            public Optional<BackupReport> report(String runId) {
                return backupRuns.report(runId);
            }
        };
    }

    /** Point-in-time restore jobs: started here or by the command line, in this data directory. */
    public RestoreJobCenter restoreJobs() {
        return restoreJobs;
    }

    /** The tag edits made from this machine, which the snapshot timelines read their protection periods from. */
    public TagHistory tagHistory() {
        return new TagHistory() {
            @Override
            public void record(TagEditResult result, Session on) {
                tagEdits.record(result.applied(), on.connection().accountId(), on.connection().clients().clock().instant());
            }

            @Override
            public List<PolicyHistory.RecordedEdit> edits(Session on, String region) {
                return tagEdits.edits(on.connection().accountId(), region);
            }
        };
    }

    /** Run Command templates saved on this machine. */
    public CommandTemplateStore commandTemplates() {
        return new CommandTemplateStore() {
            @Override
            public void save(CommandTemplate template) {
                templates.save(template);
            }

            @Override
            public List<CommandTemplate> all() {
                return templates.all();
            }

            @Override
            public void delete(String name) {
                templates.delete(name);
            }
        };
    }

    public Path databaseFile() {
        return database.file();
    }

    /** The directory this core's database lives in (the data directory About names). */
    public Path dataDirectory() {
        return database.file().toAbsolutePath().getParent();
    }

    private String currentProfile() {
        Session current = session;
        return current == null ? null : current.connection().spec().profile();
    }

    @Override
    public void close() {
        restoreJobs.close();
        tasks.close();
        io.shutdownNow();
        if (session != null) {
            session.close();
        }
        database.close();
    }

    static java.util.concurrent.ThreadFactory daemons(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
