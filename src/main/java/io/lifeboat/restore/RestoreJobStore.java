package io.lifeboat.restore;

/** Where a running job is saved at every change (the local store; in tests, memory). */
@FunctionalInterface
public interface RestoreJobStore {

    void save(RestoreJob job);
}
