package io.lifeboat.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.lifeboat.app.GuiRequest;
import io.lifeboat.app.Lifeboat;
import io.lifeboat.aws.ConnectionSpec;
import io.lifeboat.aws.Mode;
import io.lifeboat.aws.Problem;
import io.lifeboat.aws.StartupConnection;
import io.lifeboat.aws.credentials.AwsEnvironment;
import io.lifeboat.aws.credentials.ProfileCatalog;
import io.lifeboat.ui.common.DialogService;
import io.lifeboat.ui.common.FxDialogService;
import io.lifeboat.ui.common.FxTaskMonitor;
import io.lifeboat.ui.common.Fxml;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Assembles the main window over the application core: theme, navigation, status bar, the
 * notifications for failed tasks, and the first connection. Used by the app and by UI tests.
 */
public final class Shell {

    private final AppModel app;
    private final MainController controller;
    private final DialogService dialogs;
    private final Stage stage;

    private Shell(Stage stage, AppModel app, MainController controller, DialogService dialogs) {
        this.stage = stage;
        this.app = app;
        this.controller = controller;
        this.dialogs = dialogs;
    }

    /**
     * Builds and shows the main window. Connecting to the choice's connection begins first, so that the
     * account is being reached (and the sandbox seeded) while the window is laid out; the choice's warning
     * (why the sandbox was opened, a region guessed) shows once the window is up.
     */
    public static Shell open(Stage stage, Lifeboat core, List<Destination> destinations, Consumer<String> linkOpener,
                             StartupConnection.Choice choice) {
        ConnectionSpec startWith = choice.spec();
        FxTaskMonitor monitor = new FxTaskMonitor(core.tasks());
        AppModel app = new AppModel(core, monitor);
        // Failure callbacks run on the FX thread after this method returns, when the dialog exists.
        AtomicReference<Consumer<Problem>> onFailure = new AtomicReference<>(problem -> { });
        app.connect(startWith, problem -> onFailure.get().accept(problem));
        applyTheme(app.darkThemeProperty().get());
        app.darkThemeProperty().addListener((obs, was, dark) -> applyTheme(dark));
        DialogService dialogs = new FxDialogService(stage, linkOpener);
        ConnectionDialog connectionDialog = new ConnectionDialog(app, dialogs, stage);
        MainController controller = new MainController(app, destinations,
                () -> connectionDialog.open(app.session() == null ? null : app.session().connection().spec(), null));
        StackPane root = Fxml.load(Shell.class.getResource("main.fxml"), controller);
        Notifier notifier = new Notifier(root);
        monitor.onFailure(task -> notifier.failure(task.title(), task.problemProperty().get()));
        app.notifier(notifier::success);
        controller.attach(new ViewContext(app, dialogs, controller));
        Scene scene = new Scene(root, 1440, 880);
        scene.getStylesheets().add(Shell.class.getResource("lifeboat.css").toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> title(app), app.modeProperty(),
                app.accountProperty(), app.regionProperty(), app.readOnlyProperty()));
        Shell shell = new Shell(stage, app, controller, dialogs);
        controller.show(destinations.get(0).id());
        stage.show();
        onFailure.set(problem -> connectionDialog.open(startWith, problem));
        if (choice.warning() != null) {
            notifier.warning(choice.warning());
        }
        return shell;
    }

    /**
     * What to connect to at start-up, as the command line, the environment and the last session say (the
     * instance's region is not asked: that would hold the window up on a laptop).
     */
    public static StartupConnection.Choice startupConnection(GuiRequest request, Lifeboat core) {
        return StartupConnection.forDesktop(request.connection(), ProfileCatalog.fromEnvironment(),
                core.settings().lastConnection(), AwsEnvironment.system(false));
    }

    public void connect(ConnectionSpec spec) {
        app.connect(spec, problem -> new ConnectionDialog(app, dialogs, stage).open(spec, problem));
    }

    public AppModel app() {
        return app;
    }

    public Navigator navigator() {
        return controller;
    }

    private static String title(AppModel app) {
        Mode mode = app.modeProperty().get();
        if (mode == null) {
            return "Lifeboat";
        }
        String modeText = mode == Mode.SANDBOX && app.readOnlyProperty().get() ? "SANDBOX, READ-ONLY" : mode.label();
        return "Lifeboat \u2014 " + modeText + " \u2014 " + app.accountProperty().get() + " \u2014 " + app.regionProperty().get();
    }

    private static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
