package io.lifeboat.restore;

import java.util.Locale;
import java.util.Optional;

/**
 * RDS's rules for DB cluster and DB instance identifiers: 1 to 63 letters, digits or hyphens; a
 * letter first; no hyphen at the end nor two in a row. RDS keeps them in lower case.
 */
public final class DbIdentifiers {

    public static final int MAX_LENGTH = 63;

    private DbIdentifiers() {
    }

    /** What is wrong with {@code id}, in words; empty when RDS would take it. */
    public static Optional<String> problem(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.of("An identifier is needed.");
        }
        if (id.length() > MAX_LENGTH) {
            return Optional.of("'" + id + "' has " + id.length() + " characters; at most " + MAX_LENGTH + ".");
        }
        if (!isLetter(id.charAt(0))) {
            return Optional.of("'" + id + "' must start with a letter.");
        }
        for (char c : id.toCharArray()) {
            if (!isLetter(c) && !(c >= '0' && c <= '9') && c != '-') {
                return Optional.of("'" + id + "' may hold only letters, digits and hyphens, not '" + c + "'.");
            }
        }
        if (id.endsWith("-")) {
            return Optional.of("'" + id + "' must not end with a hyphen.");
        }
        if (id.contains("--")) {
            return Optional.of("'" + id + "' must not contain two hyphens in a row.");
        }
        return Optional.empty();
    }

    /** As RDS stores it. */
    public static String normalize(String id) {
        return id == null ? null : id.trim().toLowerCase(Locale.ROOT);
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
