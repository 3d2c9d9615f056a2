package io.lifeboat.ui.volumes;

import io.lifeboat.volumes.BackupPolicy;
import io.lifeboat.volumes.BackupStatus;
import io.lifeboat.volumes.TagCondition;
import io.lifeboat.volumes.VolumeFilter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

/** The Volumes view's filters as the user sets them: free text, tag chips, statuses, policies, an instance. */
public final class VolumeFilters {

    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<TagCondition> tags = FXCollections.observableArrayList();
    private final ObservableSet<BackupStatus> statuses = FXCollections.observableSet(EnumSet.noneOf(BackupStatus.class));
    private final ObservableSet<BackupPolicy.Kind> policies = FXCollections.observableSet(EnumSet.noneOf(BackupPolicy.Kind.class));
    private final StringProperty instance = new SimpleStringProperty("");

    /** Calls {@code action} after every change of any filter. */
    public void onChange(Runnable action) {
        text.addListener((obs, was, now) -> action.run());
        instance.addListener((obs, was, now) -> action.run());
        tags.addListener((ListChangeListener<TagCondition>) c -> action.run());
        statuses.addListener((SetChangeListener<BackupStatus>) c -> action.run());
        policies.addListener((SetChangeListener<BackupPolicy.Kind>) c -> action.run());
    }

    public VolumeFilter filter() {
        return new VolumeFilter(text.get(), List.copyOf(tags), Set.copyOf(statuses), Set.copyOf(policies), instance.get());
    }

    /** A tag filter typed as {@code Key=Value} or {@code Key}; false (and nothing added) when there is no key. */
    public boolean addTag(String typed) {
        String condition = typed == null ? "" : typed.trim();
        if (condition.isEmpty() || condition.startsWith("=")) {
            return false;
        }
        tags.add(TagCondition.parse(condition));
        return true;
    }

    public void clear() {
        text.set("");
        instance.set("");
        tags.clear();
        statuses.clear();
        policies.clear();
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObservableList<TagCondition> tags() {
        return tags;
    }

    public ObservableSet<BackupStatus> statuses() {
        return statuses;
    }

    public ObservableSet<BackupPolicy.Kind> policies() {
        return policies;
    }

    public StringProperty instanceProperty() {
        return instance;
    }
}
