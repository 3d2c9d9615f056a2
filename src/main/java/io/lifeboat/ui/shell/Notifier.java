package io.lifeboat.ui.shell;

import atlantafx.base.controls.Notification;
import atlantafx.base.theme.Styles;
import io.lifeboat.aws.Problem;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** Toasts in the window's top-right corner: failures with their AWS error code, successes briefly. */
public final class Notifier {

    private final VBox stack = new VBox(8);

    public Notifier(StackPane overlay) {
        stack.setId("notifications");
        stack.setAlignment(Pos.TOP_RIGHT);
        stack.setPadding(new Insets(12));
        stack.setPickOnBounds(false);
        stack.setMaxWidth(Double.MAX_VALUE);
        stack.setMouseTransparent(false);
        StackPane.setAlignment(stack, Pos.TOP_RIGHT);
        overlay.getChildren().add(stack);
    }

    public void failure(String title, Problem problem) {
        String text = title + "\n" + problem.message() + (problem.fix() == null ? "" : "\n" + problem.fix())
                + "\n[" + problem.code() + "]";
        show(text, Styles.DANGER, new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE), Duration.seconds(12));
    }

    /** Something the user should know and may act on (why the sandbox was opened, a region guessed): stays until closed. */
    public void warning(String text) {
        show(text, Styles.WARNING, new FontIcon(MaterialDesignA.ALERT_OUTLINE), Duration.INDEFINITE);
    }

    public void success(String text) {
        show(text, Styles.SUCCESS, new FontIcon(MaterialDesignC.CHECK_CIRCLE_OUTLINE), Duration.seconds(4));
    }

    private void show(String text, String style, FontIcon icon, Duration visibleFor) {
        Notification notification = new Notification(text, icon);
        notification.getStyleClass().addAll(style, Styles.ELEVATED_1);
        notification.setPrefWidth(420);
        notification.setMaxWidth(420);
        notification.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        notification.setOnClose(e -> stack.getChildren().remove(notification));
        stack.getChildren().add(notification);
        if (stack.getChildren().size() > 4) {
            stack.getChildren().remove(0);
        }
        if (!visibleFor.isIndefinite()) {
            PauseTransition hide = new PauseTransition(visibleFor);
            hide.setOnFinished(e -> stack.getChildren().remove(notification));
            hide.play();
        }
    }
}
