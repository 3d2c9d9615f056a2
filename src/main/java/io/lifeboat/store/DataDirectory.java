package io.lifeboat.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Lifeboat keeps its database and log: {@code LIFEBOAT_HOME} (or {@code -Dlifeboat.home})
 * when set, else the platform's user data directory.
 */
public final class DataDirectory {

    private DataDirectory() {
    }

    public static Path resolve() {
        return resolve(System.getProperties().getProperty("lifeboat.home"), System.getenv(),
                System.getProperty("os.name"), System.getProperty("user.home"));
    }

    static Path resolve(String property, Map<String, String> env, String osName, String userHome) {
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String explicit = env.get("LIFEBOAT_HOME");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.getOrDefault("APPDATA", userHome);
            return Path.of(appData, "Lifeboat");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Lifeboat");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "lifeboat") : Path.of(userHome, ".local", "share", "lifeboat");
    }
}
