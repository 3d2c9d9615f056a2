package io.lifeboat.ui.snapshots;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Forms for view-model tests: each fills the form as the test says and answers {@link #answer}; remembers what was asked. */
public final class AnsweringForms implements SnapshotForms {

    public final List<String> asked = new ArrayList<>();
    public boolean answer = true;
    public Consumer<SnapshotNowForm> onSnapshotNow = f -> { };
    public Consumer<RetentionForm> onRetention = f -> { };
    public Consumer<CopyForm> onCopy = f -> { };
    public Consumer<RestoreForm> onRestore = f -> { };

    @Override
    public boolean snapshotNow(SnapshotNowForm form) {
        asked.add("snapshot now: " + form.volume().volumeId());
        onSnapshotNow.accept(form);
        return answer;
    }

    @Override
    public boolean retention(RetentionForm form) {
        asked.add("retention of " + form.count());
        onRetention.accept(form);
        return answer;
    }

    @Override
    public boolean copy(CopyForm form) {
        asked.add("copy: " + form.summary());
        onCopy.accept(form);
        return answer;
    }

    @Override
    public boolean restore(RestoreForm form) {
        asked.add("restore " + form.snapshot().id());
        onRestore.accept(form);
        return answer;
    }
}
