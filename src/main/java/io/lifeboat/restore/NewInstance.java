package io.lifeboat.restore;

/** A DB instance the restore creates in the new cluster (the first one becomes the writer). */
public record NewInstance(String id, String instanceClass) {
}
