package io.lifeboat.volumes;

import java.util.List;

/**
 * The effective backup policy of one volume, derived from its tags and its instance's.
 *
 * @param backedUp whether the backup engine snapshots it (also true for a misconfigured volume whose
 *                 intent to be backed up is plain: a typo must not cost a backup)
 * @param retentionDays days each snapshot is kept; 0 when not backed up
 * @param retentionSource where the retention came from; {@code null} when not backed up
 * @param problems what is wrong with the tags and how to fix each; empty unless misconfigured
 * @param explanation the policy in one or two sentences, for the details pane and reports
 */
public record BackupPolicy(Kind kind, boolean backedUp, int retentionDays, RetentionSource retentionSource,
                           List<String> problems, String explanation) {

    public enum Kind {
        PROTECTED("protected"),
        OPTED_OUT("opted-out"),
        NOT_COVERED("not-covered"),
        MISCONFIGURED("misconfigured");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** The stable name used in JSON output and filters. */
        public String id() {
            return id;
        }
    }

    public enum RetentionSource { VOLUME_TAG, INSTANCE_TAG, DEFAULT }

    public BackupPolicy {
        problems = List.copyOf(problems);
    }

    /** The problems as one text, or {@code null} when there are none. */
    public String problem() {
        return problems.isEmpty() ? null : String.join(" ", problems);
    }
}
