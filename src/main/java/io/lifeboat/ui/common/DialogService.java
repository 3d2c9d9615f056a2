package io.lifeboat.ui.common;

import io.lifeboat.aws.Problem;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Every dialog a view model may need, behind an interface so view models can be tested without a
 * window (JabRef's DialogService).
 */
public interface DialogService {

    /** A yes/no question; {@code true} when the user confirmed. */
    boolean confirm(String title, String message, String confirmLabel);

    /**
     * A confirmation the user must type, for large or destructive operations ("type 12 to delete 12
     * snapshots").
     */
    boolean confirmByTyping(String title, String message, String expected);

    void showProblem(String title, Problem problem);

    void showInformation(String title, String message);

    Optional<Path> chooseSaveFile(String title, String suggestedName, String extension);

    void openLink(String url);

    void copyToClipboard(String text);
}
