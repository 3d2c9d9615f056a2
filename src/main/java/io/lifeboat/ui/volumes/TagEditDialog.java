package io.lifeboat.ui.volumes;

import io.lifeboat.ui.common.Fxml;
import io.lifeboat.volumes.TagEditPlan;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** Opens the tag editor and returns the previewed plan the user chose to apply. */
final class TagEditDialog {

    private TagEditDialog() {
    }

    static Optional<TagEditPlan> ask(Window owner, TagEditViewModel model) {
        Node form = Fxml.load(TagEditDialog.class.getResource("tag-edit.fxml"), new TagEditController(model));
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Edit tags");
        dialog.setHeaderText("Edit tags on " + model.volumes() + " selected volume" + (model.volumes() == 1 ? "" : "s"));
        dialog.getDialogPane().setContent(form);
        dialog.setResizable(true);
        ButtonType apply = new ButtonType("Apply", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(apply, ButtonType.CANCEL);
        Node applyButton = dialog.getDialogPane().lookupButton(apply);
        applyButton.setId("applyTagEdit");
        applyButton.disableProperty().bind(model.previewCurrentProperty().not());
        applyButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (!model.previewCurrentProperty().get()) {
                e.consume();
            }
        });
        return dialog.showAndWait().filter(apply::equals).flatMap(b -> model.planToApply());
    }
}
