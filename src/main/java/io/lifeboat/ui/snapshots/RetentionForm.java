package io.lifeboat.ui.snapshots;

import io.lifeboat.inventory.Ec2Snapshot;
import io.lifeboat.snapshots.RetentionChange;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

/** "Change retention": N days from each snapshot's day, or keep indefinitely; previewed before it is applied. */
public final class RetentionForm {

    private final String region;
    private final List<Ec2Snapshot> snapshots;
    private final LocalDate todayUtc;
    private final IntegerProperty days = new SimpleIntegerProperty(30);
    private final BooleanProperty keep = new SimpleBooleanProperty();
    private final StringBinding preview;

    RetentionForm(String region, List<Ec2Snapshot> snapshots, LocalDate todayUtc) {
        this.region = region;
        this.snapshots = List.copyOf(snapshots);
        this.todayUtc = todayUtc;
        this.preview = Bindings.createStringBinding(this::describe, days, keep);
    }

    RetentionChange change() {
        return RetentionChange.plan(region, snapshots, keep.get() ? null : Math.max(1, days.get()));
    }

    private String describe() {
        RetentionChange change = change();
        if (change.keep()) {
            return "DeleteOn is removed from " + snapshots.size() + " snapshots: the backup engine will never delete them.";
        }
        List<String> dates = change.changes().stream().map(RetentionChange.Change::after).sorted().toList();
        long due = change.dueBy(todayUtc);
        return "New DeleteOn: " + (dates.get(0).equals(dates.get(dates.size() - 1)) ? dates.get(0)
                : dates.get(0) + " to " + dates.get(dates.size() - 1)) + (due == 0 ? "."
                : ". " + due + " of them would be due: the next prune deletes them.");
    }

    public int count() {
        return snapshots.size();
    }

    public IntegerProperty daysProperty() {
        return days;
    }

    public BooleanProperty keepProperty() {
        return keep;
    }

    public StringBinding preview() {
        return preview;
    }
}
