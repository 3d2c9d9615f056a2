package io.lifeboat.backup;

import java.util.Set;

/**
 * EC2's limit on snapshots in progress per volume: one for st1 and sc1, five for other types. One more
 * create fails ({@code ConcurrentSnapshotLimitExceeded}, or {@code SnapshotCreationPerVolumeRateExceeded}
 * when they come too fast), and a CreateSnapshots over the instance fails as a whole.
 */
final class PendingLimit {

    static final Set<String> ERROR_CODES = Set.of("ConcurrentSnapshotLimitExceeded",
            "SnapshotCreationPerVolumeRateExceeded");

    private PendingLimit() {
    }

    static int of(String volumeType) {
        return "st1".equals(volumeType) || "sc1".equals(volumeType) ? 1 : 5;
    }
}
