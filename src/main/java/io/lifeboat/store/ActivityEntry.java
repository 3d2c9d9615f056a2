package io.lifeboat.store;

import io.lifeboat.tasks.TaskState;
import java.time.Instant;
import java.util.List;

/** A task as the activity log remembers it, also across restarts. */
public record ActivityEntry(String id, String title, List<String> resources, boolean mutating, TaskState state,
                           long done, long total, String message, String errorCode, String errorMessage,
                           String errorFix, String retryOf, Instant submittedAt, Instant startedAt, Instant endedAt) {

    public ActivityEntry {
        resources = List.copyOf(resources);
    }
}
