package io.lifeboat.commands;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.ssm.model.CommandFilter;
import software.amazon.awssdk.services.ssm.model.CommandFilterKey;

/**
 * Which past commands to list, as ListCommands filters them on SSM's side.
 *
 * @param status   a command status ("Success", "Failed", "InProgress"...), or {@code null} for any
 * @param document a document name, or {@code null}
 * @param after    only commands requested at or after this instant, or {@code null}
 * @param before   only commands requested at or before this instant, or {@code null}
 */
public record HistoryFilter(String status, String document, Instant after, Instant before) {

    public static final HistoryFilter NONE = new HistoryFilter(null, null, null, null);

    /** The statuses ListCommands filters by. */
    public static final List<String> STATUSES = List.of("Pending", "InProgress", "Success", "Failed", "TimedOut",
            "Cancelled", "Cancelling");

    public HistoryFilter {
        status = blankToNull(status);
        document = blankToNull(document);
        if (status != null && !STATUSES.contains(status)) {
            throw new IllegalArgumentException("Unknown command status '" + status + "'; one of " + STATUSES);
        }
        if (after != null && before != null && after.isAfter(before)) {
            throw new IllegalArgumentException("The history's start (" + after + ") is after its end (" + before + ")");
        }
    }

    List<CommandFilter> filters() {
        List<CommandFilter> filters = new ArrayList<>();
        if (status != null) {
            filters.add(CommandFilter.builder().key(CommandFilterKey.STATUS).value(status).build());
        }
        if (document != null) {
            filters.add(CommandFilter.builder().key(CommandFilterKey.DOCUMENT_NAME).value(document).build());
        }
        if (after != null) {
            filters.add(CommandFilter.builder().key(CommandFilterKey.INVOKED_AFTER).value(after.toString()).build());
        }
        if (before != null) {
            filters.add(CommandFilter.builder().key(CommandFilterKey.INVOKED_BEFORE).value(before.toString()).build());
        }
        return filters;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
