package io.lifeboat.ui.commands;

import io.lifeboat.app.CommandTemplateStore;
import io.lifeboat.app.Session;
import io.lifeboat.aws.Problem;
import io.lifeboat.commands.FleetInstance;
import io.lifeboat.commands.RunCommandService;
import io.lifeboat.commands.SessionCommand;
import io.lifeboat.tasks.TaskRunner;
import io.lifeboat.tasks.TaskSpec;
import io.lifeboat.ui.common.DialogService;
import io.lifeboat.ui.common.RegionSelection;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Run Command view: the region's fleet as SSM sees it (the list targets are picked from), and the
 * parts built on it: compose, the command being watched, the history. "Start session" from an
 * instance builds the {@code aws ssm start-session} command and opens the user's terminal.
 */
public final class RunCommandViewModel {

    private final TaskRunner tasks;
    private final RegionSelection regions;
    private final DialogService dialogs;
    private final Supplier<SessionCommand.Environment> machine;
    private final ObservableList<FleetInstance> fleet = FXCollections.observableArrayList();
    private final ObjectProperty<Problem> ssmProblem = new SimpleObjectProperty<>();
    private final BooleanProperty ssmKnown = new SimpleBooleanProperty(true);
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final Object fleetSlot = new Object();
    private final DocumentPickerViewModel documents;
    private final ComposeViewModel compose;
    private final CommandWatchViewModel watch;
    private final CommandHistoryViewModel history;
    private Session session;

    /**
     * @param confirmTypingAbove the setting: above this many targets the count is typed
     * @param machine            where programs are found for "Start session" (the PATH, the OS)
     */
    public RunCommandViewModel(TaskRunner tasks, RegionSelection regions, DialogService dialogs,
                               IntSupplier confirmTypingAbove, CommandTemplateStore templates,
                               Supplier<SessionCommand.Environment> machine) {
        this.tasks = tasks;
        this.regions = regions;
        this.dialogs = dialogs;
        this.machine = machine;
        Supplier<Session> current = () -> session;
        Supplier<String> region = regions::region;
        this.watch = new CommandWatchViewModel(tasks, dialogs, confirmTypingAbove);
        this.documents = new DocumentPickerViewModel(tasks, current, region);
        this.compose = new ComposeViewModel(tasks, dialogs, confirmTypingAbove, templates, current, region, fleet,
                ssmKnown, watch);
        this.history = new CommandHistoryViewModel(tasks, dialogs, current, region, watch);
        documents.onChosen(compose::documentChosen);
        regions.onChosen(this::regionChanged);
    }

    public void sessionChanged(Session next) {
        session = next;
        regions.sessionChanged(next);
        regionChanged();
        compose.loadTemplates();
    }

    private void regionChanged() {
        fleet.clear();
        documents.clear();
        compose.clear();
        history.clear();
        load(false);
        documents.refresh();
        documents.choose("AWS-RunShellScript");
    }

    /** Refresh: lists the region's instances again (for every view), asks SSM again, reloads the history. */
    public void refresh() {
        load(true);
    }

    /** The fleet (the session's inventory, listed again on a Refresh, and DescribeInstanceInformation) and the history. */
    private void load(boolean reload) {
        Session current = session;
        String region = regions.region();
        if (current == null || region == null) {
            return;
        }
        loading.set(true);
        tasks.submit(TaskSpec.titled("Load the SSM fleet in " + region).resources(List.of(region)).onlyLatest(fleetSlot)
                .<RunCommandService.Fleet>body(context -> reload ? current.commands().reloadFleet(region, context)
                        : current.commands().fleet(region, context))
                .onSuccess(loaded -> {
                    ssmProblem.set(loaded.ssmProblem());
                    ssmKnown.set(loaded.ssmProblem() == null);
                    fleet.setAll(loaded.instances());
                })
                .onFinished(() -> loading.set(false))
                .build());
        history.refresh();
    }

    /**
     * "Start session": the exact command, copied to the clipboard, and run in the user's terminal when
     * one is found and nothing is missing; otherwise what is missing, with the command to run by hand.
     */
    public void startSession(FleetInstance instance) {
        Session current = session;
        if (current == null || instance == null) {
            return;
        }
        String profile = current.connection().spec().sandbox() ? null : current.connection().spec().profile();
        SessionCommand plan = SessionCommand.plan(instance, profile, regions.region(), machine.get());
        dialogs.copyToClipboard(plan.commandLine());
        String title = "Start a session on " + instance.name();
        if (current.connection().spec().sandbox()) {
            dialogs.showInformation(title, "The sandbox is simulated: there is no instance to connect to. On a real "
                    + "account Lifeboat runs (copied to the clipboard):\n\n" + plan.commandLine());
        } else if (!plan.missing().isEmpty()) {
            dialogs.showInformation(title, "What is missing:\n- " + String.join("\n- ", plan.missing())
                    + "\n\nThe command (copied to the clipboard):\n" + plan.commandLine());
        } else if (plan.terminal().isEmpty()) {
            dialogs.showInformation(title, "No terminal emulator was found (x-terminal-emulator, gnome-terminal, "
                    + "konsole, xterm). Run it in yours (copied to the clipboard):\n\n" + plan.commandLine());
        } else if (dialogs.confirm(title, plan.commandLine() + "\n\nIt opens in " + plan.terminal().get(0)
                + " (the command is also on the clipboard).", "Open terminal")) {
            tasks.submit(TaskSpec.titled("Open a terminal for a session on " + instance.id()).local()
                    .body(context -> plan.launch())
                    .build());
        }
    }

    public RegionSelection regions() {
        return regions;
    }

    public ObservableList<FleetInstance> fleet() {
        return fleet;
    }

    public ObjectProperty<Problem> ssmProblemProperty() {
        return ssmProblem;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public DocumentPickerViewModel documents() {
        return documents;
    }

    public ComposeViewModel compose() {
        return compose;
    }

    public CommandWatchViewModel watch() {
        return watch;
    }

    public CommandHistoryViewModel history() {
        return history;
    }
}
