package io.lifeboat.ui.common;

import io.lifeboat.app.Session;
import io.lifeboat.tasks.TaskBody;
import io.lifeboat.tasks.TaskContext;
import io.lifeboat.tasks.TaskRunner;
import io.lifeboat.tasks.TaskSpec;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State shared by the views that list one kind of resource in one region at a time: the region
 * (with the account's enabled regions to choose from), the rows, and a load task per refresh.
 */
public final class RegionListModel<T> {

    /** Loads the rows of one region; runs on a worker thread. */
    @FunctionalInterface
    public interface Loader<T> {
        List<T> load(Session session, String region, TaskContext context) throws Exception;
    }

    private final TaskRunner tasks;
    private final String what;
    private final Loader<T> loader;
    private final ObservableList<T> rows = FXCollections.observableArrayList();
    private final ObservableList<String> regions = FXCollections.observableArrayList();
    private final StringProperty region = new SimpleStringProperty();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final ObjectProperty<Session> session = new SimpleObjectProperty<>();

    public RegionListModel(TaskRunner tasks, String what, Loader<T> loader) {
        this.tasks = tasks;
        this.what = what;
        this.loader = loader;
        region.addListener((obs, was, now) -> {
            if (now != null && !now.equals(was) && was != null) {
                refresh();
            }
        });
    }

    public void sessionChanged(Session newSession) {
        session.set(newSession);
        rows.clear();
        regions.setAll(List.of(newSession.connection().homeRegion()));
        region.set(newSession.connection().homeRegion());
        refresh();
        loadRegions(newSession);
    }

    private void loadRegions(Session current) {
        tasks.submit(TaskSpec.titled("List enabled regions").<List<String>>body(context -> current.enabledRegions())
                .onSuccess(enabled -> {
                    if (session.get() == current) {
                        String chosen = region.get();
                        regions.setAll(enabled);
                        region.set(chosen);
                    }
                })
                .build());
    }

    public void refresh() {
        Session current = session.get();
        String wanted = region.get();
        if (current == null || wanted == null) {
            return;
        }
        loading.set(true);
        TaskBody<List<T>> body = context -> loader.load(current, wanted, context);
        tasks.submit(TaskSpec.titled("Load " + what + " in " + wanted).resources(List.of(wanted)).body(body)
                .onSuccess(loaded -> {
                    if (session.get() == current && wanted.equals(region.get())) {
                        rows.setAll(loaded);
                    }
                    loading.set(false);
                })
                .onFailure(failure -> loading.set(false))
                .build());
    }

    public ObservableList<T> rows() {
        return rows;
    }

    public ObservableList<String> regions() {
        return regions;
    }

    public StringProperty regionProperty() {
        return region;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public Session session() {
        return session.get();
    }
}
