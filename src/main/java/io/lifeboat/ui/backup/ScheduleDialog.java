package io.lifeboat.ui.backup;

import io.lifeboat.ui.backup.DeployCommands;
import io.lifeboat.ui.common.DialogService;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** "Schedule in AWS": the exact commands that deploy the nightly Lambda for this profile and region. */
final class ScheduleDialog {

    private ScheduleDialog() {
    }

    static void show(Window owner, DeployCommands commands, DialogService dialogs) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Schedule backups in AWS");
        dialog.setHeaderText("Run this plan every night in " + commands.region() + " as an AWS Lambda function");
        String where = commands.files().shipped()
                ? "The template and the function's jar are the ones installed with this copy of Lifeboat, in "
                        + commands.files().template().getParent() + "; its README.md explains each step and the role's permissions."
                : "Run the commands in a Lifeboat source checkout; packaging/lambda/README.md explains each step and the "
                        + "role's permissions.";
        Label intro = new Label("The stack (" + commands.files().template().getFileName() + ") creates the function, "
                + "its EventBridge schedule (01:00 UTC), a least-privilege role, a log group and an alarm on failed runs. "
                + "Its parameters below are this machine's backup settings. " + where);
        intro.setWrapText(true);
        intro.setMaxWidth(900);
        TextArea script = new TextArea(commands.script());
        script.setId("deployCommands");
        script.setEditable(false);
        // One command per line, exactly as it is to be pasted.
        script.setWrapText(false);
        script.setPrefRowCount(14);
        script.setPrefColumnCount(110);
        script.setStyle("-fx-font-family: monospace;");
        Button copy = new Button("Copy commands");
        copy.setOnAction(e -> dialogs.copyToClipboard(commands.script()));
        dialog.getDialogPane().setContent(new VBox(10, intro, script, copy));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setResizable(true);
        dialog.showAndWait();
    }
}
