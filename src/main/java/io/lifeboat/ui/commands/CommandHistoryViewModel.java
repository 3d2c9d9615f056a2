package io.lifeboat.ui.commands;

import io.lifeboat.app.Session;
import io.lifeboat.commands.CommandSummary;
import io.lifeboat.commands.HistoryFilter;
import io.lifeboat.tasks.TaskRunner;
import io.lifeboat.tasks.TaskSpec;
import io.lifeboat.ui.common.DialogService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Past commands of the region, filtered by status, document and dates on SSM's side (ListCommands),
 * newest first; opening one watches it.
 */
public final class CommandHistoryViewModel {

    static final int LIMIT = 200;

    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Supplier<Session> session;
    private final Supplier<String> region;
    private final CommandWatchViewModel watch;
    private final ObservableList<CommandSummary> commands = FXCollections.observableArrayList();
    private final ObjectProperty<String> status = new SimpleObjectProperty<>();
    private final StringProperty document = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final Object loadSlot = new Object();

    CommandHistoryViewModel(TaskRunner tasks, DialogService dialogs, Supplier<Session> session, Supplier<String> region,
                            CommandWatchViewModel watch) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.session = session;
        this.region = region;
        this.watch = watch;
        status.addListener((obs, was, now) -> refresh());
        from.addListener((obs, was, now) -> refresh());
        to.addListener((obs, was, now) -> refresh());
    }

    public void refresh() {
        Session current = session.get();
        String where = region.get();
        if (current == null || where == null) {
            return;
        }
        HistoryFilter filter;
        try {
            filter = new HistoryFilter(status.get(), document.get(), start(from.get()), end(to.get()));
        } catch (IllegalArgumentException e) {
            dialogs.showInformation("History filter", e.getMessage());
            return;
        }
        loading.set(true);
        tasks.submit(TaskSpec.titled("Read the command history in " + where).resources(List.of(where)).onlyLatest(loadSlot)
                .<List<CommandSummary>>body(context -> current.commands().history(where, filter, LIMIT, context))
                .onSuccess(commands::setAll)
                .onFinished(() -> loading.set(false))
                .build());
    }

    /** Watches a past command: its invocations and outputs, followed if it is still running. */
    public void open(CommandSummary command) {
        Session current = session.get();
        if (current != null && command != null) {
            watch.open(current, command);
        }
    }

    void clear() {
        commands.clear();
    }

    private static Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZoneId.systemDefault()).toInstant();
    }

    private static Instant end(LocalDate day) {
        return day == null ? null : day.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant().minusMillis(1);
    }

    public ObservableList<CommandSummary> commands() {
        return commands;
    }

    /** A command status ListCommands filters by, or {@code null} for any. */
    public ObjectProperty<String> statusProperty() {
        return status;
    }

    public StringProperty documentProperty() {
        return document;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }
}
