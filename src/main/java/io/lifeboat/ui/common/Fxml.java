package io.lifeboat.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;

/** Loads an FXML layout with a controller built by the caller (so controllers take their view models). */
public final class Fxml {

    private Fxml() {
    }

    public static <T> T load(URL location, Object controller) {
        FXMLLoader loader = new FXMLLoader(location);
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load " + location, e);
        }
    }
}
