package io.lifeboat.ui.common;

import io.lifeboat.aws.Problem;
import io.lifeboat.tasks.TaskHandle;
import io.lifeboat.tasks.TaskState;
import java.time.Instant;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A task as the UI shows it: JavaFX properties mirrored from its {@link TaskHandle}, on the FX thread. */
public final class TaskItem {

    private final TaskHandle<?> handle;
    private final ObjectProperty<TaskState> state = new SimpleObjectProperty<>(TaskState.QUEUED);
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<Problem> problem = new SimpleObjectProperty<>();
    private final ObjectProperty<Instant> endedAt = new SimpleObjectProperty<>();

    TaskItem(TaskHandle<?> handle) {
        this.handle = handle;
        refresh();
    }

    /** Copies the handle's current values; called on the FX thread. */
    void refresh() {
        state.set(handle.state());
        long total = handle.total();
        progress.set(handle.state().finished() ? 1 : total > 0 ? (double) handle.done() / total : -1);
        message.set(handle.message());
        problem.set(handle.problem());
        endedAt.set(handle.endedAt());
    }

    public String id() {
        return handle.id();
    }

    public String title() {
        return handle.title();
    }

    public String resources() {
        return String.join(", ", handle.spec().resources());
    }

    public Instant submittedAt() {
        return handle.submittedAt();
    }

    public ReadOnlyObjectProperty<TaskState> stateProperty() {
        return state;
    }

    /** 0..1, or -1 while the amount of work is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem;
    }

    public ReadOnlyObjectProperty<Instant> endedAtProperty() {
        return endedAt;
    }

    public boolean cancellable() {
        return !handle.state().finished();
    }

    public void cancel() {
        handle.cancel();
    }

    public void retry() {
        handle.retry();
    }
}
