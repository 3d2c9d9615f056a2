package io.lifeboat.ui.shell;

import io.lifeboat.app.Installation;
import io.lifeboat.aws.Mode;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import atlantafx.base.controls.ToggleSwitch;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window's controller: the navigation rail, the content area and the status bar. */
public final class MainController implements Navigator {

    @FXML private StackPane root;
    @FXML private VBox navItems;
    @FXML private StackPane content;
    @FXML private Label modeBadge;
    @FXML private Label identity;
    @FXML private ToggleSwitch readOnlySwitch;
    @FXML private Button tasksButton;
    @FXML private ImageView brandIcon;

    private final AppModel app;
    private final List<Destination> destinations;
    private final Runnable openConnection;
    private final ToggleGroup navGroup = new ToggleGroup();
    private final Map<String, ToggleButton> buttons = new HashMap<>();
    private final Map<String, Node> views = new HashMap<>();
    private ViewContext context;

    public MainController(AppModel app, List<Destination> destinations, Runnable openConnection) {
        this.app = app;
        this.destinations = destinations;
        this.openConnection = openConnection;
    }

    void attach(ViewContext viewContext) {
        this.context = viewContext;
    }

    @FXML
    private void initialize() {
        for (Destination destination : destinations) {
            ToggleButton button = new ToggleButton(destination.title(), new FontIcon(destination.iconLiteral()));
            button.setId("nav-" + destination.id());
            button.getStyleClass().add("nav-item");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setToggleGroup(navGroup);
            button.setOnAction(e -> show(destination.id()));
            buttons.put(destination.id(), button);
            navItems.getChildren().add(button);
        }
        // A selected rail item cannot be unselected by clicking it again.
        navGroup.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null && was != null) {
                was.setSelected(true);
            }
        });
        modeBadge.textProperty().bind(Bindings.createStringBinding(this::modeText, app.modeProperty(),
                app.readOnlyProperty(), app.connectingProperty()));
        app.modeProperty().addListener((obs, was, now) -> styleBadge());
        app.readOnlyProperty().addListener((obs, was, now) -> styleBadge());
        identity.textProperty().bind(Bindings.createStringBinding(
                () -> app.accountProperty().get().isEmpty() ? app.profileProperty().get()
                        : app.profileProperty().get() + "  \u00b7  " + app.accountProperty().get() + "  \u00b7  "
                        + app.regionProperty().get(),
                app.profileProperty(), app.accountProperty(), app.regionProperty()));
        readOnlySwitch.selectedProperty().bindBidirectional(app.readOnlyProperty());
        readOnlySwitch.setTooltip(new Tooltip("Refuse every mutating AWS call, in every view and task"));
        tasksButton.textProperty().bind(Bindings.createStringBinding(
                () -> app.monitor().runningProperty().get() + " running", app.monitor().runningProperty()));
        tasksButton.setTooltip(new Tooltip("Open the Activity view"));
        try (InputStream icon = getClass().getResourceAsStream("/icons/lifeboat-48.png")) {
            if (icon != null) {
                brandIcon.setImage(new Image(icon));
            }
        } catch (java.io.IOException ignored) {
            // the brand icon is decoration
        }
        styleBadge();
    }

    private String modeText() {
        Mode mode = app.modeProperty().get();
        if (mode == null) {
            return app.connectingProperty().get() ? "CONNECTING" : "NOT CONNECTED";
        }
        return mode == Mode.SANDBOX && app.readOnlyProperty().get() ? "SANDBOX \u00b7 READ-ONLY" : mode.label();
    }

    private void styleBadge() {
        modeBadge.getStyleClass().removeAll("mode-sandbox", "mode-read-only", "mode-live");
        Mode mode = app.modeProperty().get();
        if (mode != null) {
            modeBadge.getStyleClass().add(switch (mode) {
                case SANDBOX -> "mode-sandbox";
                case READ_ONLY -> "mode-read-only";
                case LIVE -> "mode-live";
            });
        }
    }

    @Override
    public void show(String destinationId) {
        Destination destination = destinations.stream().filter(d -> d.id().equals(destinationId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No destination " + destinationId));
        Node view = views.computeIfAbsent(destinationId, id -> destination.factory().apply(context));
        content.getChildren().setAll(view);
        buttons.get(destinationId).setSelected(true);
    }

    public StackPane root() {
        return root;
    }

    @FXML
    private void openConnection() {
        openConnection.run();
    }

    @FXML
    private void openSettings() {
        SettingsDialog.ask(root.getScene().getWindow(), app.core().settings().convention(),
                        app.core().settings().confirmTypingAbove())
                .ifPresent(choice -> {
                    app.core().settings().confirmTypingAbove(choice.confirmTypingAbove());
                    app.applyConvention(choice.convention());
                });
    }

    @FXML
    private void openAbout() {
        AboutDialog.show(root.getScene().getWindow(), Installation.current().describe(app.core().dataDirectory()),
                context.dialogs());
    }

    @FXML
    private void showActivity() {
        show(Destinations.ACTIVITY);
    }

    @FXML
    private void toggleTheme() {
        app.darkThemeProperty().set(!app.darkThemeProperty().get());
    }
}
