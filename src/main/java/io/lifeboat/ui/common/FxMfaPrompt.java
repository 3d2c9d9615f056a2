package io.lifeboat.ui.common;

import io.lifeboat.aws.credentials.MfaCodePrompt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** Asks for an MFA code in a dialog; the worker thread that needs it waits for the answer. */
public final class FxMfaPrompt implements MfaCodePrompt {

    private final Window owner;

    public FxMfaPrompt(Window owner) {
        this.owner = owner;
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
