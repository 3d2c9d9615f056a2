package io.lifeboat.ui.activity;

import io.lifeboat.app.Lifeboat;
import io.lifeboat.aws.guard.AuditRecord;
import io.lifeboat.store.ActivityEntry;
import io.lifeboat.tasks.TaskRunner;
import io.lifeboat.tasks.TaskSpec;
import io.lifeboat.ui.common.FxTaskMonitor;
import io.lifeboat.ui.common.TaskItem;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Activity view's state: this session's tasks (live), earlier tasks from the activity log and
 * the audit log of mutating calls, both read from the store as local work.
 */
public final class ActivityViewModel {

    static final int HISTORY_LIMIT = 500;

    private final TaskRunner tasks;
    private final Lifeboat core;
    private final FxTaskMonitor monitor;
    private final ObservableList<ActivityEntry> history = FXCollections.observableArrayList();
    private final ObservableList<AuditRecord> audit = FXCollections.observableArrayList();

    public ActivityViewModel(TaskRunner tasks, Lifeboat core, FxTaskMonitor monitor) {
        this.tasks = tasks;
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

    /** Reads the activity and audit logs. */
    public void refresh() {
        tasks.submit(TaskSpec.titled("Read the activity and audit logs").local()
                .body(context -> new Logs(core.recentActivity(HISTORY_LIMIT), core.recentAudit(HISTORY_LIMIT)))
                .onSuccess(logs -> {
                    history.setAll(logs.history());
                    audit.setAll(logs.audit());
                })
                .build());
    }

    private record Logs(List<ActivityEntry> history, List<AuditRecord> audit) {
    }
}
