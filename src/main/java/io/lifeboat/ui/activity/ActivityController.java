package io.lifeboat.ui.activity;

import io.lifeboat.aws.Problem;
import io.lifeboat.aws.guard.AuditRecord;
import io.lifeboat.store.ActivityEntry;
import io.lifeboat.tasks.TaskState;
import io.lifeboat.ui.common.Cells;
import io.lifeboat.ui.common.TaskItem;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;

/** Binds the Activity view's three tables to its view model. */
public final class ActivityController {

    @FXML private TableView<TaskItem> taskTable;
    @FXML private TableView<ActivityEntry> historyTable;
    @FXML private TableView<AuditRecord> auditTable;

    private final ActivityViewModel model;

    public ActivityController(ActivityViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        taskTable.setItems(model.tasks());
        taskTable.setId("activityTasks");
        taskTable.getColumns().setAll(java.util.List.of(
                Cells.column("Task", 300, t -> new ReadOnlyStringWrapper(t.title())),
                Cells.column("State", 110, t -> Bindings.createStringBinding(() -> stateLabel(t.stateProperty().get()),
                        t.stateProperty())),
                progressColumn(),
                Cells.column("Started", 170, t -> new ReadOnlyStringWrapper(Cells.time(t.submittedAt()))),
                Cells.column("Resources", 200, t -> new ReadOnlyStringWrapper(t.resources())),
                Cells.column("Details", 360, t -> Bindings.createStringBinding(() -> detail(t),
                        t.messageProperty(), t.problemProperty(), t.endedAtProperty())),
                actionsColumn()));
        historyTable.setItems(model.history());
        historyTable.getColumns().setAll(java.util.List.of(
                Cells.column("Task", 300, e -> new ReadOnlyStringWrapper(e.title())),
                Cells.column("State", 110, e -> new ReadOnlyStringWrapper(stateLabel(e.state()))),
                Cells.column("Started", 170, e -> new ReadOnlyStringWrapper(Cells.time(e.submittedAt()))),
                Cells.column("Ended", 170, e -> new ReadOnlyStringWrapper(Cells.time(e.endedAt()))),
                Cells.column("Resources", 200, e -> new ReadOnlyStringWrapper(String.join(", ", e.resources()))),
                Cells.column("Details", 360, e -> new ReadOnlyStringWrapper(e.errorCode() == null ? Cells.orEmpty(e.message())
                        : e.errorCode() + ": " + e.errorMessage()))));
        auditTable.setItems(model.audit());
        auditTable.getColumns().setAll(java.util.List.of(
                Cells.column("Time", 170, a -> new ReadOnlyStringWrapper(Cells.time(a.time()))),
                Cells.column("Profile", 110, a -> new ReadOnlyStringWrapper(a.profile())),
                Cells.column("Account", 110, a -> new ReadOnlyStringWrapper(a.account())),
                Cells.column("Region", 100, a -> new ReadOnlyStringWrapper(a.region())),
                Cells.column("Operation", 170, a -> new ReadOnlyStringWrapper(a.service() + ":" + a.operation())),
                Cells.column("Resources", 240, a -> new ReadOnlyStringWrapper(String.join(" ", a.resourceIds()))),
                Cells.column("Outcome", 100, a -> new ReadOnlyObjectWrapper<>(a.outcome())),
                Cells.column("Request id", 160, a -> new ReadOnlyStringWrapper(Cells.orEmpty(a.requestId()))),
                Cells.column("Error", 240, a -> new ReadOnlyStringWrapper(a.errorCode() == null ? ""
                        : a.errorCode() + ": " + Cells.orEmpty(a.errorMessage())))));
        model.refresh();
    }

    @FXML
    private void refresh() {
        model.refresh();
    }

    private static String detail(TaskItem task) {
        Problem problem = task.problemProperty().get();
        if (problem != null) {
            return problem.code() + ": " + problem.message() + (problem.fix() == null ? "" : " " + problem.fix());
        }
        if (task.stateProperty().get() == TaskState.SUCCEEDED && task.endedAtProperty().get() != null) {
            long millis = java.time.Duration.between(task.submittedAt(), task.endedAtProperty().get()).toMillis();
            return "done in " + (millis < 1000 ? millis + " ms" : String.format("%.1f s", millis / 1000.0));
        }
        return task.messageProperty().get();
    }

    static String stateLabel(TaskState state) {
        String name = state.name().toLowerCase();
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static TableColumn<TaskItem, Number> progressColumn() {
        TableColumn<TaskItem, Number> column = new TableColumn<>("Progress");
        column.setPrefWidth(140);
        column.setCellValueFactory(c -> c.getValue().progressProperty());
        column.setCellFactory(c -> new TableCell<>() {
            private final ProgressBar bar = new ProgressBar();

            @Override
            protected void updateItem(Number value, boolean empty) {
                super.updateItem(value, empty);
                if (empty || value == null) {
                    setGraphic(null);
                    return;
                }
                bar.setProgress(value.doubleValue());
                bar.setMaxWidth(Double.MAX_VALUE);
                setGraphic(bar);
            }
        });
        return column;
    }

    private static TableColumn<TaskItem, TaskState> actionsColumn() {
        TableColumn<TaskItem, TaskState> column = new TableColumn<>("");
        column.setPrefWidth(170);
        column.setCellValueFactory(c -> c.getValue().stateProperty());
        column.setCellFactory(c -> new TableCell<>() {
            private final Button cancel = new Button("Cancel");
            private final Button retry = new Button("Retry");
            private final HBox box = new HBox(6, cancel, retry);

            {
                cancel.getStyleClass().add("small");
                retry.getStyleClass().add("small");
                cancel.setOnAction(e -> getTableRow().getItem().cancel());
                retry.setOnAction(e -> getTableRow().getItem().retry());
            }

            @Override
            protected void updateItem(TaskState state, boolean empty) {
                super.updateItem(state, empty);
                if (empty || state == null) {
                    setGraphic(null);
                    return;
                }
                cancel.setVisible(!state.finished());
                cancel.setManaged(!state.finished());
                boolean retryable = state == TaskState.FAILED || state == TaskState.CANCELLED;
                retry.setVisible(retryable);
                retry.setManaged(retryable);
                setGraphic(box);
            }
        });
        return column;
    }

}
