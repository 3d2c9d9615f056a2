package io.lifeboat.restore;

import java.util.ArrayList;
import java.util.List;

/** A job store in memory that keeps every version saved, for tests that look at how a job went. */
final class SavedJobs implements RestoreJobStore {

    final List<RestoreJob> versions = new ArrayList<>();

    @Override
    public synchronized void save(RestoreJob job) {
        versions.add(job);
    }

    synchronized RestoreJob last() {
        return versions.get(versions.size() - 1);
    }
}
