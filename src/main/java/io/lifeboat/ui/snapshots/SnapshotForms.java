package io.lifeboat.ui.snapshots;

/**
 * The forms the actions on snapshots ask the user to fill, behind an interface (as dialogs are behind
 * {@code DialogService}) so view models are tested without a window: each fills its form and returns
 * whether the user confirmed it.
 */
public interface SnapshotForms {

    boolean snapshotNow(SnapshotNowForm form);

    boolean retention(RetentionForm form);

    boolean copy(CopyForm form);

    boolean restore(RestoreForm form);
}
