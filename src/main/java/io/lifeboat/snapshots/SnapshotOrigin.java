package io.lifeboat.snapshots;

import io.lifeboat.volumes.BackupTags;
import java.util.Map;

/** Who made a snapshot, read from its tags. */
public enum SnapshotOrigin {
    /** Lifeboat's policy engine ({@code lifeboat:policy} tag). */
    LIFEBOAT("lifeboat", "Lifeboat policy"),
    /** The source document's Lambdas: {@code Type=Automated} without Lifeboat's policy tag. */
    SCRIPT("script", "Automated (script)"),
    /** Amazon Data Lifecycle Manager ({@code aws:dlm:*} tags). */
    DLM("dlm", "Data Lifecycle Manager"),
    /** AWS Backup ({@code aws:backup:*} tags). */
    AWS_BACKUP("aws-backup", "AWS Backup"),
    /** Anything else: made by hand or by a tool that leaves no mark. */
    MANUAL("manual", "Manual");

    private final String id;
    private final String label;

    SnapshotOrigin(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The stable name in JSON output: lifeboat, script, dlm, aws-backup, manual. */
    public String id() {
        return id;
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
