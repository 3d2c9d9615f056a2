package io.lifeboat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Linux menu entry the deb and rpm install matches the app it starts. */
class DesktopEntryTest {

    private static Map<String, String> entry() throws IOException {
        return Files.readAllLines(Path.of("packaging/linux/lifeboat.desktop")).stream()
                .filter(line -> line.contains("=")).collect(Collectors.toMap(
                        line -> line.substring(0, line.indexOf('=')), line -> line.substring(line.indexOf('=') + 1)));
    }

    @Test
    void theWindowIsGroupedUnderItsMenuEntry() throws IOException {
        // JavaFX names the window's class (WM_CLASS) after the Application subclass: rename one, rename both.
        assertThat(entry()).containsEntry("StartupWMClass", LifeboatApp.class.getName());
    }

    @Test
    void itStartsTheInstalledLauncherWithTheThemedIcon() throws IOException {
        assertThat(entry()).containsEntry("Name", "Lifeboat").containsEntry("Exec", "/opt/lifeboat/bin/Lifeboat")
                .containsEntry("Icon", "lifeboat").containsEntry("Terminal", "false");
    }
}
