package io.lifeboat.ui.shell;

import io.lifeboat.app.Lifeboat;
import io.lifeboat.app.Session;
import io.lifeboat.aws.Connection;
import io.lifeboat.aws.ConnectionFailedException;
import io.lifeboat.aws.ConnectionSpec;
import io.lifeboat.aws.Mode;
import io.lifeboat.aws.Problem;
import io.lifeboat.tasks.TaskSpec;
import io.lifeboat.ui.common.FxTaskMonitor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The application's state as the shell shows it: the current session, who and where we are
 * connected, the mode, read-only, the theme. Connecting is a task like any other.
 */
public final class AppModel {

    private final Lifeboat core;
    private final FxTaskMonitor monitor;
    private final ObjectProperty<Session> session = new SimpleObjectProperty<>();
    private final StringProperty profile = new SimpleStringProperty("not connected");
    private final StringProperty account = new SimpleStringProperty("");
    private final StringProperty region = new SimpleStringProperty("");
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>();
    private final BooleanProperty readOnly = new SimpleBooleanProperty();
    private final BooleanProperty connecting = new SimpleBooleanProperty();
    private final BooleanProperty darkTheme = new SimpleBooleanProperty();
    private final BooleanProperty firstDataShown = new SimpleBooleanProperty();
    private Consumer<String> notifier = text -> { };
    private final ObjectProperty<TimelineRequest> timelineRequest = new SimpleObjectProperty<>();

    public AppModel(Lifeboat core, FxTaskMonitor monitor) {
        this.core = core;
        this.monitor = monitor;
        this.darkTheme.set(core.settings().darkTheme());
        darkTheme.addListener((obs, was, dark) -> core.settings().darkTheme(dark));
        readOnly.addListener((obs, was, now) -> {
            Session current = session.get();
            if (current != null && current.connection().readOnly() != now) {
                current.connection().setReadOnly(now);
                core.settings().rememberConnection(withReadOnly(current.connection().spec(), now));
                mode.set(current.connection().mode());
            }
        });
    }

    /** Connects in the background; the session changes on success, {@code onFailure} hears why not. */
    public void connect(ConnectionSpec spec, Consumer<Problem> onFailure) {
        connecting.set(true);
        core.tasks().submit(TaskSpec.titled("Connect to " + spec.label() + " (" + spec.region() + ")")
                .resources(spec.endpoint() == null ? java.util.List.of() : java.util.List.of(spec.endpoint().toString()))
                .body(context -> {
                    context.message("Asking STS who we are");
                    return core.connect(spec);
                })
                .onSuccess(this::connected)
                .onFailure(failure -> {
                    connecting.set(false);
                    Problem problem = failure.error() instanceof ConnectionFailedException failed
                            ? failed.problem() : failure.problem();
                    onFailure.accept(problem);
                })
                .build());
    }

    /** Saves the backup-tag convention; every view reloads with it. */
    public void applyConvention(io.lifeboat.volumes.BackupConvention convention) {
        Session next = core.reconfigure(convention);
        if (next != null) {
            session.set(next);
        }
    }

    private void connected(Session next) {
        Connection connection = next.connection();
        // Without a named profile, say where the credentials came from (exported keys, the instance role...).
        profile.set(connection.spec().kind() == ConnectionSpec.Kind.DEFAULT_CHAIN && connection.credentialSource() != null
                ? connection.credentialSource() : connection.spec().label());
        account.set(connection.identity().account());
        region.set(connection.homeRegion());
        readOnly.set(connection.readOnly());
        mode.set(connection.mode());
        connecting.set(false);
        session.set(next);
    }

    private static ConnectionSpec withReadOnly(ConnectionSpec spec, boolean value) {
        return new ConnectionSpec(spec.kind(), spec.profile(), spec.region(), spec.endpoint(), value);
    }

    public Lifeboat core() {
        return core;
    }

    public FxTaskMonitor monitor() {
        return monitor;
    }

    public ReadOnlyObjectProperty<Session> sessionProperty() {
        return session;
    }

    public Session session() {
        return session.get();
    }

    /** Calls {@code view} with the current session, if any, and with every new one (reconnecting, new settings). */
    public void followSession(Consumer<Session> view) {
        session.addListener((obs, was, now) -> view.accept(now));
        if (session.get() != null) {
            view.accept(session.get());
        }
    }

    public ReadOnlyStringProperty profileProperty() {
        return profile;
    }

    public ReadOnlyStringProperty accountProperty() {
        return account;
    }

    public ReadOnlyStringProperty regionProperty() {
        return region;
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public BooleanProperty readOnlyProperty() {
        return readOnly;
    }

    public ReadOnlyBooleanProperty connectingProperty() {
        return connecting;
    }

    /** A volume whose timeline the Snapshots view should show when it is next shown (it clears it), or {@code null}. */
    public ObjectProperty<TimelineRequest> timelineRequestProperty() {
        return timelineRequest;
    }

    /** A short confirmation for the user (a toast). */
    public void notify(String text) {
        notifier.accept(text);
    }

    void notifier(Consumer<String> sink) {
        this.notifier = sink;
    }

    /** Set by the first view to show rows from the account: the start-up benchmark stops here. */
    public BooleanProperty firstDataShownProperty() {
        return firstDataShown;
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }
}
