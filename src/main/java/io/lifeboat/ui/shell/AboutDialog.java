package io.lifeboat.ui.shell;

import io.lifeboat.ui.common.DialogService;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * About Lifeboat: the version and where this copy runs from, the very lines {@code lifeboat --version}
 * prints, so a bug report can quote either.
 */
final class AboutDialog {

    private AboutDialog() {
    }

    static void show(Window owner, List<String> lines, DialogService dialogs) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("About Lifeboat");
        dialog.setHeaderText(lines.get(0));
        dialog.setGraphic(icon());
        Label tagline = new Label("A desktop console for the people who keep AWS production alive.");
        Label details = new Label(String.join("\n", lines.subList(1, lines.size())));
        details.setId("aboutDetails");
        details.setStyle("-fx-font-family: monospace;");
        // One line each, as --version prints them: the dialog widens to the longest path rather than
        // breaking it after its label.
        details.setWrapText(false);
        details.setMinWidth(Region.USE_PREF_SIZE);
        Button copy = new Button("Copy details");
        copy.setOnAction(e -> dialogs.copyToClipboard(String.join("\n", lines) + "\n"));
        dialog.getDialogPane().setContent(new VBox(12, tagline, details, copy));
        dialog.getDialogPane().setId("aboutDialog");
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setResizable(true);
        dialog.show();
    }

    private static ImageView icon() {
        ImageView view = new ImageView();
        try (InputStream in = AboutDialog.class.getResourceAsStream("/icons/lifeboat-64.png")) {
            if (in != null) {
                view.setImage(new Image(in));
            }
        } catch (IOException ignored) {
            // the icon is decoration
        }
        return view;
    }
}
