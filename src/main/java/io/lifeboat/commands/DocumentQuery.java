package io.lifeboat.commands;

import java.util.Locale;

/**
 * Which Command documents to browse: whose, for which platform, and a text the name must contain.
 *
 * @param platform "Linux", "Windows", "MacOS", or {@code null} for any
 */
public record DocumentQuery(Ownership ownership, String platform, String text) {

    public enum Ownership {
        ALL("All"), AMAZON("Owned by Amazon"), MINE("Owned by me"), SHARED("Shared with me");

        private final String label;

        Ownership(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static final DocumentQuery ALL = new DocumentQuery(Ownership.ALL, null, "");

    public DocumentQuery {
        text = text == null ? "" : text.trim();
    }

    public boolean matches(DocumentSummary document) {
        return text.isEmpty() || document.name().toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
    }
}
