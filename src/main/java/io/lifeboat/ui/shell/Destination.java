package io.lifeboat.ui.shell;

import java.util.function.Function;
import javafx.scene.Node;

/**
 * A place in the navigation rail. Its view is built the first time it is shown, which keeps
 * start-up to the one view the user sees first.
 */
public record Destination(String id, String title, String iconLiteral, Function<ViewContext, Node> factory) {
}
