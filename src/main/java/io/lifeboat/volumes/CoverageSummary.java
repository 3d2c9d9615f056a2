package io.lifeboat.volumes;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/** How many volumes and GiB fall under each policy and status: the summary above the table. */
public record CoverageSummary(Bucket total, Map<BackupPolicy.Kind, Bucket> byPolicy, Map<BackupStatus, Bucket> byStatus) {

    /** A count of volumes and their total size. */
    public record Bucket(int volumes, long gib) {

        static final Bucket EMPTY = new Bucket(0, 0);

        Bucket plus(int sizeGiB) {
            return new Bucket(volumes + 1, gib + sizeGiB);
        }
    }

    public static CoverageSummary of(Collection<VolumeRecord> records) {
        Bucket total = Bucket.EMPTY;
        Map<BackupPolicy.Kind, Bucket> byPolicy = new EnumMap<>(BackupPolicy.Kind.class);
        Map<BackupStatus, Bucket> byStatus = new EnumMap<>(BackupStatus.class);
        for (BackupPolicy.Kind kind : BackupPolicy.Kind.values()) {
            byPolicy.put(kind, Bucket.EMPTY);
        }
        for (BackupStatus status : BackupStatus.values()) {
            byStatus.put(status, Bucket.EMPTY);
        }
        for (VolumeRecord record : records) {
            int size = record.volume().sizeGiB();
            total = total.plus(size);
            byPolicy.merge(record.policy().kind(), Bucket.EMPTY.plus(size), (a, b) -> a.plus(size));
            byStatus.merge(record.status(), Bucket.EMPTY.plus(size), (a, b) -> a.plus(size));
        }
        return new CoverageSummary(total, Map.copyOf(byPolicy), Map.copyOf(byStatus));
    }

    public Bucket policy(BackupPolicy.Kind kind) {
        return byPolicy.get(kind);
    }

    public Bucket status(BackupStatus status) {
        return byStatus.get(status);
    }
}
