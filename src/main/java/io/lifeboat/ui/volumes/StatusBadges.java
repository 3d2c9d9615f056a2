package io.lifeboat.ui.volumes;

import io.lifeboat.volumes.BackupPolicy;
import io.lifeboat.volumes.BackupStatus;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;

/** Coloured badges for statuses and policies, in cells and in the details pane. */
final class StatusBadges {

    private StatusBadges() {
    }

    static Label status(BackupStatus status) {
        Label label = new Label(status.label());
        label.getStyleClass().addAll("badge", "status-" + status.id());
        return label;
    }

    static Label policy(BackupPolicy.Kind kind) {
        Label label = new Label(kind.id());
        label.getStyleClass().addAll("badge", "policy-" + kind.id());
        return label;
    }

    static final class StatusCell<S> extends TableCell<S, BackupStatus> {
        @Override
        protected void updateItem(BackupStatus status, boolean empty) {
            super.updateItem(status, empty);
            setText(null);
            setGraphic(empty || status == null ? null : status(status));
        }
    }

    static final class PolicyCell<S> extends TableCell<S, BackupPolicy.Kind> {
        @Override
        protected void updateItem(BackupPolicy.Kind kind, boolean empty) {
            super.updateItem(kind, empty);
            setText(null);
            setGraphic(empty || kind == null ? null : policy(kind));
        }
    }
}
