package io.lifeboat.ui.snapshots;

import io.lifeboat.backup.BackupSettings;
import io.lifeboat.snapshots.SnapshotNow;
import io.lifeboat.volumes.VolumeRecord;
import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

/** "Snapshot now": the policy's retention, or another, and the DeleteOn it gives. */
public final class SnapshotNowForm {

    private final VolumeRecord volume;
    private final BackupSettings settings;
    private final LocalDate todayUtc;
    private final int policyDays;
    private final IntegerProperty days;
    private final StringBinding summary;

    SnapshotNowForm(VolumeRecord volume, BackupSettings settings, LocalDate todayUtc) {
        this.volume = volume;
        this.settings = settings;
        this.todayUtc = todayUtc;
        this.policyDays = SnapshotNow.defaultRetention(volume, settings);
        this.days = new SimpleIntegerProperty(policyDays);
        this.summary = Bindings.createStringBinding(() -> "Tagged as policy '" + settings.policyName() + "' would tag it, "
                + "kept " + days.get() + " days: DeleteOn " + todayUtc.plusDays(Math.max(1, days.get()))
                + (days.get() == policyDays && volume.policy().backedUp() ? " (the policy's retention)." : "."), days);
    }

    public VolumeRecord volume() {
        return volume;
    }

    public IntegerProperty daysProperty() {
        return days;
    }

    public StringBinding summary() {
        return summary;
    }

    SnapshotNow request() {
        return SnapshotNow.of(volume, settings, Math.max(1, days.get()), todayUtc);
    }
}
