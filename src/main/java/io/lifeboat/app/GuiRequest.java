package io.lifeboat.app;

import io.lifeboat.aws.StartupConnection;

/**
 * How the desktop app was asked to start.
 *
 * @param exitWhenReady quit as soon as the main window shows data (start-up benchmark, AppCDS training)
 */
public record GuiRequest(StartupConnection.Request connection, boolean exitWhenReady) {
}
