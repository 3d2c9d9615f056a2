package io.lifeboat.ui.shell;

import javafx.scene.Node;
import javafx.scene.control.Label;

/** Temporary: destinations whose view is being built on another branch. */
final class Unbuilt {

    private Unbuilt() {
    }

    static Node create(ViewContext context) {
        return new Label("Not built yet");
    }
}
