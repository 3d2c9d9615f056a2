package io.lifeboat.ui.common;

import io.lifeboat.aws.credentials.MfaCodePrompt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/**
 * Asks for an MFA code in a dialog owned by the main window; the worker thread that needs it waits
 * for the answer. Made before the window exists (the core opens while the toolkit starts).
 */
public final class FxMfaPrompt implements MfaCodePrompt {

    private volatile Window owner;

    /** The window that owns the dialog, once there is one. */
    public void owner(Window window) {
        this.owner = window;
    }

    @Override
    public String codeFor(String profile, String mfaSerial) {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("The MFA prompt must be called from a worker thread");
        }
        CompletableFuture<String> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            TextInputDialog dialog = new TextInputDialog();
            dialog.initOwner(owner);
            dialog.setTitle("MFA code");
            dialog.setHeaderText("Profile " + profile + " needs a code from " + mfaSerial);
            dialog.setContentText("Code:");
            answer.complete(dialog.showAndWait().orElse(null));
        });
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            return null;
        }
    }
}
