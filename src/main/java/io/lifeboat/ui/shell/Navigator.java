package io.lifeboat.ui.shell;

/** Moves between the main window's destinations (e.g. from a volume to its snapshot timeline). */
public interface Navigator {

    void show(String destinationId);
}
