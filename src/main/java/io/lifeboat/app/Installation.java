package io.lifeboat.app;

import io.lifeboat.store.DataDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * This copy of Lifeboat: its version (the project's, written in at build time), the jar or class
 * directory it runs from, and the Lambda deployment files shipped with it. {@code lifeboat --version}
 * and the desktop's About both print {@link #describe}, so they cannot disagree.
 *
 * @param location the jar (or class directory) the code was loaded from, when the JVM says
 */
public record Installation(String version, Optional<Path> location, LambdaFiles lambda) {

    /** What an IDE run that skipped Maven's resource filtering calls itself. */
    static final String UNKNOWN_VERSION = "development";

    private static final class Current {
        static final Installation INSTANCE = of(codeLocation());
    }

    public static Installation current() {
        return Current.INSTANCE;
    }

    static Installation of(Optional<Path> location) {
        return new Installation(readVersion(), location, LambdaFiles.nextTo(location));
    }

    /** "Lifeboat 0.1.0", then the runtime, the program, the Lambda files and the data directory. */
    public List<String> describe(Path dataDirectory) {
        return List.of("Lifeboat " + version,
                "Runtime:  Java " + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vendor")
                        + "), " + System.getProperty("java.home"),
                "Program:  " + location.map(Path::toString).orElse("(unknown)"),
                "Lambda:   " + lambda.describe(),
                "Data:     " + dataDirectory);
    }

    public List<String> describe() {
        return describe(DataDirectory.resolve());
    }

    private static String readVersion() {
        try (InputStream in = Installation.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String version = properties.getProperty("version", "").trim();
                if (!version.isEmpty() && !version.contains("${")) {
                    return version;
                }
            }
        } catch (IOException unreadable) {
            // fall through to the manifest
        }
        String manifest = Installation.class.getPackage().getImplementationVersion();
        return manifest == null ? UNKNOWN_VERSION : manifest;
    }

    private static Optional<Path> codeLocation() {
        try {
            CodeSource source = Installation.class.getProtectionDomain().getCodeSource();
            return source == null ? Optional.empty() : Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException | SecurityException unusual) {
            return Optional.empty();
        }
    }
}
