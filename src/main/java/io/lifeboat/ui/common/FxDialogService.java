package io.lifeboat.ui.common;

import io.lifeboat.aws.Problem;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs, owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Window owner;
    private final Consumer<String> linkOpener;

    public FxDialogService(Window owner, Consumer<String> linkOpener) {
        this.owner = owner;
        this.linkOpener = linkOpener;
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType confirm = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, confirm, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    @Override
    public boolean confirmByTyping(String title, String message, String expected) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        TextField typed = new TextField();
        typed.setId("confirmTypedField");
        typed.setPromptText(expected);
        Label label = new Label(message + "\n\nType " + expected + " to confirm.");
        label.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(10, label, typed));
        ButtonType confirm = new ButtonType("Confirm", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(confirm, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(confirm).disableProperty()
                .bind(typed.textProperty().isNotEqualTo(expected));
        typed.requestFocus();
        return dialog.showAndWait().filter(confirm::equals).isPresent() && expected.equals(typed.getText());
    }

    @Override
    public void showProblem(String title, Problem problem) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(problem.message());
        alert.setContentText((problem.fix() == null ? "" : problem.fix() + "\n\n") + "Error code: " + problem.code());
        alert.showAndWait();
    }

    @Override
    public void showInformation(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase() + " files",
                "*." + extension));
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public void openLink(String url) {
        linkOpener.accept(url);
    }

    @Override
    public void copyToClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }
}
