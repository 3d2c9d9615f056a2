package io.lifeboat.ui;

import io.lifeboat.app.GuiRequest;
import javafx.application.Application;
import javafx.stage.Stage;

/** The desktop app (placeholder until the shell lands). */
public final class LifeboatApp extends Application {

    private static GuiRequest request;

    public static void launch(GuiRequest guiRequest) {
        request = guiRequest;
        Application.launch(LifeboatApp.class);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Lifeboat");
        stage.show();
    }
}
