package io.lifeboat.ui.activity;

import io.lifeboat.app.Lifeboat;
import io.lifeboat.aws.guard.AuditRecord;
import io.lifeboat.store.ActivityEntry;
import io.lifeboat.ui.common.FxTaskMonitor;
import io.lifeboat.ui.common.TaskItem;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Activity view's state: this session's tasks (live), earlier tasks from the activity log and
 * the audit log of mutating calls, both read from the store in the background.
 */
public final class ActivityViewModel {

    static final int HISTORY_LIMIT = 500;

    private final Lifeboat core;
    private final FxTaskMonitor monitor;
    private final ObservableList<ActivityEntry> history = FXCollections.observableArrayList();
    private final ObservableList<AuditRecord> audit = FXCollections.observableArrayList();

    public ActivityViewModel(Lifeboat core, FxTaskMonitor monitor) {
        this.core = core;
        this.monitor = monitor;
    }

    public ObservableList<TaskItem> tasks() {
        return monitor.tasks();
    }

    public ObservableList<ActivityEntry> history() {
        return history;
    }

    public ObservableList<AuditRecord> audit() {
        return audit;
    }

    /** Reads the activity and audit logs off the FX thread (local reads: not tasks of their own). */
    public void refresh() {
        CompletableFuture.supplyAsync(() -> new Logs(core.activity().recent(HISTORY_LIMIT),
                core.audit().recent(HISTORY_LIMIT)), core.io())
                .thenAccept(logs -> Platform.runLater(() -> {
                    history.setAll(logs.history());
                    audit.setAll(logs.audit());
                }));
    }

    private record Logs(List<ActivityEntry> history, List<AuditRecord> audit) {
    }
}
