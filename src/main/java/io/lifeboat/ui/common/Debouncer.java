package io.lifeboat.ui.common;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** Runs an action once input has been quiet for a while: typing in a filter restarts the wait. */
public final class Debouncer {

    private final PauseTransition pause;

    public Debouncer(Duration quiet, Runnable action) {
        this.pause = new PauseTransition(quiet);
        this.pause.setOnFinished(e -> action.run());
    }

    public void trigger() {
        pause.playFromStart();
    }

    public void flush() {
        pause.stop();
        pause.getOnFinished().handle(null);
    }
}
