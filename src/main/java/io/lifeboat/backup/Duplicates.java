package io.lifeboat.backup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which automated snapshots are duplicates, decided the same way by every run that looks: two runs
 * started together (cron while someone clicks Run now, a retried Lambda, two machines) both find a
 * volume not yet done and both snapshot it. Among one policy's snapshots of a volume, ordered by start
 * time then id, the first is kept and any other started within {@link BackupDay#WINDOW} of the kept one
 * is a duplicate of it. Since each run computes the same answer from what EC2 lists, whichever run
 * deletes, it deletes the same snapshots, and never the one kept. Snapshots of one CreateSnapshots call
 * share their start time, so a set is kept or removed as a whole.
 */
final class Duplicates {

    /** A snapshot as the rule needs it. */
    record Candidate(String snapshotId, String volumeId, Instant startTime) {
    }

    private static final Comparator<Candidate> ORDER = Comparator.comparing(Candidate::startTime)
            .thenComparing(Candidate::snapshotId);

    private Duplicates() {
    }

    /** Each duplicate's id, to the id of the snapshot kept in its place. */
    static Map<String, String> find(List<Candidate> snapshots) {
        Map<String, List<Candidate>> byVolume = new HashMap<>();
        snapshots.stream().filter(c -> c.startTime() != null && c.volumeId() != null)
                .forEach(c -> byVolume.computeIfAbsent(c.volumeId(), k -> new ArrayList<>()).add(c));
        Map<String, String> duplicates = new LinkedHashMap<>();
        for (List<Candidate> volume : byVolume.values()) {
            volume.sort(ORDER);
            Candidate kept = volume.get(0);
            for (Candidate next : volume.subList(1, volume.size())) {
                if (next.startTime().isBefore(kept.startTime().plus(BackupDay.WINDOW))) {
                    duplicates.put(next.snapshotId(), kept.snapshotId());
                } else {
                    kept = next;
                }
            }
        }
        return duplicates;
    }
}
