package io.lifeboat.snapshots;

import io.lifeboat.volumes.BackupTags;
import java.util.Map;

/** Who made a snapshot, read from its tags. */
public enum SnapshotOrigin {
    /** Lifeboat's policy engine ({@code lifeboat:policy} tag). */
    LIFEBOAT("Lifeboat policy"),
    /** The source document's Lambdas: {@code Type=Automated} without Lifeboat's policy tag. */
    SCRIPT("Automated (script)"),
    /** Amazon Data Lifecycle Manager ({@code aws:dlm:*} tags). */
    DLM("Data Lifecycle Manager"),
    /** AWS Backup ({@code aws:backup:*} tags). */
    AWS_BACKUP("AWS Backup"),
    /** Anything else: made by hand or by a tool that leaves no mark. */
    MANUAL("Manual");

    private final String label;

    SnapshotOrigin(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static SnapshotOrigin of(Map<String, String> tags) {
        if (tags.containsKey(BackupTags.POLICY)) {
            return LIFEBOAT;
        }
        for (String key : tags.keySet()) {
            if (key.startsWith("aws:dlm:")) {
                return DLM;
            }
            if (key.startsWith("aws:backup:")) {
                return AWS_BACKUP;
            }
        }
        return BackupTags.AUTOMATED.equals(tags.get(BackupTags.TYPE)) ? SCRIPT : MANUAL;
    }
}
