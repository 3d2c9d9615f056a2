package io.lifeboat.ui.shell;

import io.lifeboat.aws.ConnectionSpec;
import io.lifeboat.aws.Problem;
import io.lifeboat.aws.credentials.ProfileCatalog;
import io.lifeboat.ui.common.DialogService;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.event.ActionEvent;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * Asks where to connect and stays open until it worked: a failure shows its fix in place (for SSO,
 * the exact {@code aws sso login} command) and offers the sandbox.
 */
public final class ConnectionDialog {

    private final AppModel app;
    private final DialogService dialogs;
    private final Window owner;

    public ConnectionDialog(AppModel app, DialogService dialogs, Window owner) {
        this.app = app;
        this.dialogs = dialogs;
        this.owner = owner;
    }

    /** Opens the dialog, showing {@code problem} (from a failed start-up connection) if not null. */
    public void open(ConnectionSpec current, Problem problem) {
        ConnectionController controller = new ConnectionController(ProfileCatalog.fromEnvironment(), current, dialogs);
        FXMLLoader loader = new FXMLLoader(ConnectionDialog.class.getResource("connection.fxml"));
        loader.setController(controller);
        Node form;
        try {
            form = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Connection");
        dialog.setHeaderText("Connect Lifeboat to an AWS account");
        dialog.getDialogPane().setContent(form);
        ButtonType connect = new ButtonType("Connect", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(connect, ButtonType.CANCEL);
        Node connectButton = dialog.getDialogPane().lookupButton(connect);
        Runnable attempt = () -> controller.spec().ifPresent(spec -> {
            controller.busy("Connecting to " + spec.label() + "…");
            connectButton.setDisable(true);
            app.connect(spec, failure -> {
                connectButton.setDisable(false);
                controller.show(failure);
            });
        });
        // Keep the dialog open on Connect: it closes when the session arrives, not before.
        connectButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            attempt.run();
        });
        controller.onSandboxRequested(attempt);
        var listener = new javafx.beans.value.ChangeListener<io.lifeboat.app.Session>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends io.lifeboat.app.Session> obs,
                                io.lifeboat.app.Session was, io.lifeboat.app.Session now) {
                dialog.setResult(connect);
                dialog.close();
            }
        };
        app.sessionProperty().addListener(listener);
        dialog.setOnHidden(e -> app.sessionProperty().removeListener(listener));
        if (problem != null) {
            controller.show(problem);
        }
        dialog.show();
    }
}
