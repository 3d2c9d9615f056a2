package io.lifeboat.app;

import io.lifeboat.snapshots.PolicyHistory;
import io.lifeboat.volumes.TagEditResult;
import java.util.List;

/**
 * The tag edits Lifeboat made (the only tag history there is: EC2 keeps none), as the Volumes view records
 * them and the snapshot timelines read them to tell when a volume was protected. Both read or write the
 * store: call them in a task, never on the UI thread.
 */
public interface TagHistory {

    void record(TagEditResult result, Session on);

    /** The edits made in a region of the session's account, oldest first. */
    List<PolicyHistory.RecordedEdit> edits(Session on, String region);

    /** Keeps nothing (tests, and where there is no store). */
    TagHistory NONE = new TagHistory() {
        @Override
        public void record(TagEditResult result, Session on) {
        }

        @Override
        public List<PolicyHistory.RecordedEdit> edits(Session on, String region) {
            return List.of();
        }
    };
}
