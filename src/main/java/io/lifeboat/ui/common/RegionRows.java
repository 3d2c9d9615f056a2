package io.lifeboat.ui.common;

import io.lifeboat.app.Session;
import io.lifeboat.tasks.TaskContext;
import io.lifeboat.tasks.TaskRunner;
import io.lifeboat.tasks.TaskSpec;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The view model of a view that lists one kind of resource in one region at a time: the region (a
 * {@link RegionSelection} in {@link RegionSelection.Mode#ONE}), the rows, and a load task per
 * refresh or choice of region; a load that finishes after another was asked for is dropped.
 */
public final class RegionRows<T> {

    /** Loads the rows of one region; runs in a task, on a worker thread. */
    @FunctionalInterface
    public interface Loader<T> {
        List<T> load(Session session, String region, TaskContext context) throws Exception;
    }

    private final TaskRunner tasks;
    private final RegionSelection selection;
    private final String what;
    private final Loader<T> loader;
    private final ObservableList<T> rows = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final Object loadSlot = new Object();
    private Session session;

    /** @param what what the rows are, for the task's title ("Load snapshots in eu-west-3") */
    public RegionRows(TaskRunner tasks, RegionSelection selection, String what, Loader<T> loader) {
        this.tasks = tasks;
        this.selection = selection;
        this.what = what;
        this.loader = loader;
        selection.onChosen(this::refresh);
    }

    public void sessionChanged(Session next) {
        session = next;
        rows.clear();
        selection.sessionChanged(next);
        refresh();
    }

    public void refresh() {
        Session current = session;
        String region = selection.region();
        if (current == null || region == null) {
            return;
        }
        loading.set(true);
        tasks.submit(TaskSpec.titled("Load " + what + " in " + region).resources(List.of(region)).onlyLatest(loadSlot)
                .<List<T>>body(context -> loader.load(current, region, context))
                .onSuccess(rows::setAll)
                .onFinished(() -> loading.set(false))
                .build());
    }

    public RegionSelection selection() {
        return selection;
    }

    public ObservableList<T> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public Session session() {
        return session;
    }
}
