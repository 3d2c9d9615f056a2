package io.lifeboat.commands;

import java.time.Instant;

/** One Run Command invocation as history lists it. */
public record CommandSummary(String region, String commandId, String documentName, String status, Instant requestedAt,
                             int targetCount, int completedCount, int errorCount, String comment, String targets) {
}
