package io.lifeboat.ui.common;

import io.lifeboat.app.AppSettings;
import io.lifeboat.app.Session;
import io.lifeboat.tasks.TaskRunner;
import io.lifeboat.tasks.TaskSpec;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The regions a view works on: the one way every view chooses them (shown by {@link RegionMenu}).
 * Each view remembers its own choice per account; a new connection starts from it, else from the
 * connection's region, and lists the account's enabled regions to choose from (asked once per
 * session, by the first view that needs them). A view that works in
 * one region at a time ({@link Mode#ONE}) gets the same model with one region chosen.
 */
public final class RegionSelection {

    public enum Mode { ONE, SEVERAL }

    private final String view;
    private final Mode mode;
    private final TaskRunner tasks;
    private final AppSettings settings;
    private final ObservableList<String> chosen = FXCollections.observableArrayList();
    private final ObservableList<String> available = FXCollections.observableArrayList();
    // One read-only view each: a wrapper made per call could be collected with its listeners.
    private final ObservableList<String> chosenView = FXCollections.unmodifiableObservableList(chosen);
    private final ObservableList<String> availableView = FXCollections.unmodifiableObservableList(available);
    private Runnable onChosen = () -> { };
    private Session session;

    /** @param view the destination id the choice is remembered under */
    public RegionSelection(String view, Mode mode, TaskRunner tasks, AppSettings settings) {
        this.view = view;
        this.mode = mode;
        this.tasks = tasks;
        this.settings = settings;
    }

    /** What the view does when the user chooses other regions (reload, typically). */
    public void onChosen(Runnable action) {
        this.onChosen = action;
    }

    /** A new connection: this view's regions in its account, else the connection's own; then the enabled ones. */
    public void sessionChanged(Session next) {
        session = next;
        List<String> remembered = settings.rememberedRegions(view, next.connection().accountId());
        List<String> start = remembered.isEmpty() ? List.of(next.connection().homeRegion()) : remembered;
        chosen.setAll(mode == Mode.ONE ? start.subList(0, 1) : start);
        available.setAll(next.enabledRegionsIfKnown().orElse(List.of()));
        if (available.isEmpty()) {
            tasks.submit(TaskSpec.titled("List enabled regions").<List<String>>body(context -> next.enabledRegions())
                    .onSuccess(enabled -> {
                        if (session == next) {
                            available.setAll(enabled);
                        }
                    })
                    .build());
        }
    }

    /** The user's choice, remembered for this view and account. An empty or unchanged choice does nothing. */
    public void choose(List<String> regions) {
        List<String> wanted = mode == Mode.ONE && !regions.isEmpty() ? List.of(regions.get(0)) : List.copyOf(regions);
        if (session == null || wanted.isEmpty() || wanted.equals(chosen)) {
            return;
        }
        chosen.setAll(wanted);
        settings.rememberRegions(view, session.connection().accountId(), wanted);
        onChosen.run();
    }

    /** The chosen regions, as they are now. */
    public List<String> regions() {
        return List.copyOf(chosen);
    }

    /** The chosen region of a {@link Mode#ONE} view (the first of several otherwise). */
    public String region() {
        return chosen.isEmpty() ? null : chosen.get(0);
    }

    /** "eu-west-3", or "3 regions". */
    public String label() {
        return chosen.size() == 1 ? chosen.get(0) : chosen.size() + " regions";
    }

    public ObservableList<String> chosen() {
        return chosenView;
    }

    /** The account's enabled regions; empty until they are known. */
    public ObservableList<String> available() {
        return availableView;
    }

    public Mode mode() {
        return mode;
    }
}
