package io.lifeboat.ui.common;

import io.lifeboat.tasks.TaskHandle;
import io.lifeboat.tasks.TaskListener;
import io.lifeboat.tasks.TaskRunner;
import io.lifeboat.tasks.TaskState;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Mirrors the task runner into the UI: every task of this session as a {@link TaskItem}, the
 * number running, and a hook for failures (the notification). Progress events are coalesced so
 * that a task reporting thousands of steps costs the FX thread one update per pulse at most.
 */
public final class FxTaskMonitor implements TaskListener {

    private final ObservableList<TaskItem> tasks = FXCollections.observableArrayList();
    private final IntegerProperty running = new SimpleIntegerProperty();
    private final Map<String, TaskItem> items = new ConcurrentHashMap<>();
    private final Set<String> pendingRefresh = ConcurrentHashMap.newKeySet();
    private Consumer<TaskItem> onFailure = item -> { };

    public FxTaskMonitor(TaskRunner runner) {
        runner.addListener(this);
    }

    public void onFailure(Consumer<TaskItem> handler) {
        this.onFailure = handler;
    }

    @Override
    public void changed(TaskHandle<?> task, Change change) {
        switch (change) {
            case SUBMITTED -> Platform.runLater(() -> {
                TaskItem item = new TaskItem(task);
                items.put(task.id(), item);
                tasks.add(0, item);
                recount();
            });
            case PROGRESS -> {
                if (pendingRefresh.add(task.id())) {
                    Platform.runLater(() -> {
                        pendingRefresh.remove(task.id());
                        refresh(task);
                    });
                }
            }
            case STARTED, FINISHED -> Platform.runLater(() -> {
                refresh(task);
                recount();
                if (change == Change.FINISHED && task.state() == TaskState.FAILED) {
                    TaskItem item = items.get(task.id());
                    if (item != null) {
                        onFailure.accept(item);
                    }
                }
            });
        }
    }

    private void refresh(TaskHandle<?> task) {
        TaskItem item = items.get(task.id());
        if (item != null) {
            item.refresh();
        }
    }

    private void recount() {
        running.set((int) tasks.stream().filter(t -> !t.stateProperty().get().finished()).count());
    }

    public ObservableList<TaskItem> tasks() {
        return tasks;
    }

    public ReadOnlyIntegerProperty runningProperty() {
        return running;
    }
}
