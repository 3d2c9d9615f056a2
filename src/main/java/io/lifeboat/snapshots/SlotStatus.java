package io.lifeboat.snapshots;

/** What one day of a volume's timeline says about its backups, worst first. */
public enum SlotStatus {
    /** The policy expected a nightly backup and none was taken (or it failed). */
    MISSED("missed", "Missed backup"),
    /** A snapshot started that day is still pending. */
    IN_PROGRESS("in-progress", "Snapshot in progress"),
    /** The night's backup may still come: its window is not over. */
    DUE("due", "Due, the night is not over"),
    /** A completed snapshot was started that day. */
    BACKED_UP("backed-up", "Backed up"),
    /** No snapshot that day, yet no night was missed: a run that crossed midnight, or a late one. */
    NO_SNAPSHOT("no-snapshot", "No snapshot that day, no night missed"),
    /** Protected, but older than the retention: its snapshot would have been deleted, so nothing is judged. */
    BEYOND_RETENTION("beyond-retention", "Older than the retention, not judged"),
    /** The volume was opted out or not covered then: nothing was expected. */
    NOT_PROTECTED("not-protected", "Not protected, nothing expected"),
    /** The volume did not exist yet. */
    BEFORE_VOLUME("before-volume", "Before the volume existed");

    private final String id;
    private final String label;

    SlotStatus(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The stable name in JSON output. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }
}
