package io.lifeboat.volumes;

import java.time.Instant;

/** One of a volume's latest snapshots, for the details pane. */
public record SnapshotRef(String id, Instant startTime, String state, int progressPercent, String deleteOn,
                          String description) {
}
