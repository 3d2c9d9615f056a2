package io.lifeboat.ui.snapshots;

import io.lifeboat.snapshots.SlotStatus;
import io.lifeboat.snapshots.SnapshotOrigin;
import javafx.scene.paint.Color;

/**
 * The canvases' colours (a canvas has no CSS): a day's status, a snapshot's origin and state, in the
 * light and the dark theme. Missed days are the one loud colour.
 */
final class Palette {

    static final Color MISSED = Color.web("#cf222e");

    final boolean dark;
    final Color background;
    final Color text;
    final Color muted;
    final Color grid;
    final Color today;
    final Color selection;

    Palette(boolean dark) {
        this.dark = dark;
        background = dark ? Color.web("#0d1117") : Color.web("#ffffff");
        text = dark ? Color.web("#e6edf3") : Color.web("#1f2328");
        muted = dark ? Color.web("#8d96a0") : Color.web("#656d76");
        grid = dark ? Color.web("#30363d") : Color.web("#eaeef2");
        today = dark ? Color.web("#2f81f7") : Color.web("#0969da");
        selection = dark ? Color.web("#f0f6fc") : Color.web("#1f2328");
    }

    Color status(SlotStatus status) {
        return switch (status) {
            case MISSED -> MISSED;
            case IN_PROGRESS -> Color.web("#d4a72c");
            case DUE -> dark ? Color.web("#1f6feb") : Color.web("#80ccff");
            case BACKED_UP -> dark ? Color.web("#2ea043") : Color.web("#2da44e");
            case NO_SNAPSHOT -> dark ? Color.web("#196c2e") : Color.web("#aceebb");
            case BEYOND_RETENTION -> dark ? Color.web("#484f58") : Color.web("#d0d7de");
            case NOT_PROTECTED -> dark ? Color.web("#21262d") : Color.web("#f0f2f4");
            case BEFORE_VOLUME -> background;
        };
    }

    Color origin(SnapshotOrigin origin) {
        return switch (origin) {
            case LIFEBOAT -> Color.web("#218bff");
            case SCRIPT -> Color.web("#a475f9");
            case DLM -> Color.web("#1b7c83");
            case AWS_BACKUP -> Color.web("#e16f24");
            case MANUAL -> dark ? Color.web("#8d96a0") : Color.web("#6e7781");
        };
    }

    Color state(String state) {
        return switch (state) {
            case "completed" -> dark ? Color.web("#3fb950") : Color.web("#1a7f37");
            case "pending" -> Color.web("#d4a72c");
            default -> MISSED;
        };
    }
}
