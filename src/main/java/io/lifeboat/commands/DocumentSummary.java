package io.lifeboat.commands;

import java.util.List;

/**
 * A Command document as ListDocuments lists it.
 *
 * @param owner "Amazon", the account's id, or another account's (a document shared with this one)
 */
public record DocumentSummary(String name, String owner, List<String> platformTypes, String version,
                              String schemaVersion) {

    public DocumentSummary {
        platformTypes = List.copyOf(platformTypes);
    }

    public boolean amazon() {
        return "Amazon".equals(owner);
    }
}
