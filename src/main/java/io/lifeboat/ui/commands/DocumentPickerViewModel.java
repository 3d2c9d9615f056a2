package io.lifeboat.ui.commands;

import io.lifeboat.app.Session;
import io.lifeboat.commands.DocumentDefinition;
import io.lifeboat.commands.DocumentQuery;
import io.lifeboat.commands.DocumentSummary;
import io.lifeboat.tasks.TaskRunner;
import io.lifeboat.tasks.TaskSpec;
import java.util.List;
import java.util.function.Consumer;
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
 * Browsing a region's Command documents: whose (Amazon's, mine, shared with me) and for which platform
 * (asked of ListDocuments), a search on the name (over what was listed); choosing one reads its
 * definition (versions, platforms, parameters).
 */
public final class DocumentPickerViewModel {

    private final TaskRunner tasks;
    private final Supplier<Session> session;
    private final Supplier<String> region;
    private final ObservableList<DocumentSummary> listed = FXCollections.observableArrayList();
    private final ObservableList<DocumentSummary> documents = FXCollections.observableArrayList();
    private final ObjectProperty<DocumentQuery.Ownership> ownership = new SimpleObjectProperty<>(DocumentQuery.Ownership.ALL);
    private final ObjectProperty<String> platform = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<DocumentDefinition> chosen = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final Object listSlot = new Object();
    private final Object describeSlot = new Object();
    private Consumer<DocumentDefinition> onChosen = d -> { };

    public DocumentPickerViewModel(TaskRunner tasks, Supplier<Session> session, Supplier<String> region) {
        this.tasks = tasks;
        this.session = session;
        this.region = region;
        ownership.addListener((obs, was, now) -> refresh());
        platform.addListener((obs, was, now) -> refresh());
        search.addListener((obs, was, now) -> filter());
    }

    void onChosen(Consumer<DocumentDefinition> action) {
        this.onChosen = action;
    }

    /** Lists the documents matching the query (ListDocuments, 50 a page). */
    public void refresh() {
        Session current = session.get();
        String where = region.get();
        if (current == null || where == null) {
            return;
        }
        DocumentQuery query = new DocumentQuery(ownership.get(), platform.get(), "");
        loading.set(true);
        tasks.submit(TaskSpec.titled("List SSM documents in " + where).resources(List.of(where)).onlyLatest(listSlot)
                .<List<DocumentSummary>>body(context -> current.commands().documents().list(where, query,
                        current.connection().accountId(), context))
                .onSuccess(found -> {
                    listed.setAll(found);
                    filter();
                })
                .onFinished(() -> loading.set(false))
                .build());
    }

    /** The search narrows the listed documents locally: typing costs no call. */
    private void filter() {
        DocumentQuery query = new DocumentQuery(ownership.get(), platform.get(), search.get());
        documents.setAll(listed.stream().filter(query::matches).toList());
    }

    /** Reads a document's definition; the compose form follows it. */
    public void choose(String name) {
        choose(name, d -> { });
    }

    /** Reads a document's definition; the compose form follows it, then {@code andThen} (a template filling it). */
    void choose(String name, Consumer<DocumentDefinition> andThen) {
        Session current = session.get();
        String where = region.get();
        if (current == null || where == null || name == null) {
            return;
        }
        tasks.submit(TaskSpec.titled("Read SSM document " + name).resources(List.of(name)).onlyLatest(describeSlot)
                .<DocumentDefinition>body(context -> current.commands().documents().describe(where, name, null))
                .onSuccess(definition -> {
                    onChosen.accept(definition);
                    chosen.set(definition);
                    andThen.accept(definition);
                })
                .build());
    }

    void clear() {
        listed.clear();
        documents.clear();
        chosen.set(null);
    }

    public ObservableList<DocumentSummary> documents() {
        return documents;
    }

    public ObjectProperty<DocumentQuery.Ownership> ownershipProperty() {
        return ownership;
    }

    /** "Linux", "Windows", "MacOS", or {@code null} for any. */
    public ObjectProperty<String> platformProperty() {
        return platform;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<DocumentDefinition> chosenProperty() {
        return chosen;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }
}
