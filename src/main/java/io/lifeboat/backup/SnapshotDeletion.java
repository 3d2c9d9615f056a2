package io.lifeboat.backup;

import java.time.Instant;
import java.time.LocalDate;

/** An automated snapshot whose {@code DeleteOn} date has come: the plan deletes it. */
public record SnapshotDeletion(String region, String snapshotId, String volumeId, int sizeGiB, Instant startTime,
                               LocalDate deleteOn, String description) {
}
