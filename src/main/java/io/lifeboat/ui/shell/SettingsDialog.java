package io.lifeboat.ui.shell;

import io.lifeboat.volumes.BackupConvention;
import java.time.Duration;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The backup-tag convention as a setting: which tag keys mean "back up" and "keep N days" (some
 * teams use {@code backup} and {@code retention-days}), the default retention, and when a protected
 * volume is overdue; and above how many targets a Run Command must be confirmed by typing the count.
 * Kept in the data directory; used by the GUI and the CLI.
 */
final class SettingsDialog {

    /** What the dialog saves. */
    record Choice(BackupConvention convention, int confirmTypingAbove) {
    }

    private SettingsDialog() {
    }

    static Optional<Choice> ask(Window owner, BackupConvention current, int confirmTypingAbove) {
        TextField backupKey = new TextField(current.backupKey());
        backupKey.setId("settingsBackupKey");
        TextField retentionKey = new TextField(current.retentionKey());
        retentionKey.setId("settingsRetentionKey");
        Spinner<Integer> retention = new Spinner<>(1, current.maxRetentionDays(), current.defaultRetentionDays());
        retention.setEditable(true);
        Spinner<Integer> overdue = new Spinner<>(1, 24 * 30, (int) current.overdueAfter().toHours());
        overdue.setEditable(true);
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label("Backup tag key"), backupKey);
        form.addRow(1, new Label("Retention tag key"), retentionKey);
        form.addRow(2, new Label("Default retention (days)"), retention);
        form.addRow(3, new Label("Overdue after (hours)"), overdue);
        Spinner<Integer> typingAbove = new Spinner<>(0, 100_000, confirmTypingAbove);
        typingAbove.setEditable(true);
        typingAbove.setId("settingsConfirmTypingAbove");
        form.addRow(4, new Label("Run Command: type the count above (targets)"), typingAbove);
        Label problem = new Label();
        problem.getStyleClass().add("problem-message");
        problem.setWrapText(true);
        Label hint = new Label("A volume is backed up when tagged (or its instance is) " + current.backupKey()
                + "=Yes; the retention tag gives the days each snapshot is kept.");
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Settings");
        dialog.setHeaderText("Backup-tag convention");
        dialog.getDialogPane().setContent(new VBox(12, hint, form, problem));
        dialog.getDialogPane().setPrefWidth(520);
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        Choice[] result = new Choice[1];
        dialog.getDialogPane().lookupButton(save).addEventFilter(ActionEvent.ACTION, e -> {
            try {
                result[0] = new Choice(new BackupConvention(backupKey.getText().trim(), retentionKey.getText().trim(),
                        retention.getValue(), current.maxRetentionDays(), Duration.ofHours(overdue.getValue())),
                        typingAbove.getValue());
            } catch (IllegalArgumentException invalid) {
                problem.setText(invalid.getMessage());
                e.consume();
            }
        });
        return dialog.showAndWait().filter(save::equals).map(b -> result[0]);
    }
}
