package io.lifeboat.ui.snapshots;

import io.lifeboat.inventory.Ec2Snapshot;
import io.lifeboat.snapshots.CopyQueue;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** "Copy to another region": where, which KMS key, and whether the copies keep the source's DeleteOn. */
public final class CopyForm {

    private final String sourceRegion;
    private final List<Ec2Snapshot> sources;
    private final LocalDate todayUtc;
    private final ObservableList<String> regions = FXCollections.observableArrayList();
    private final StringProperty destination = new SimpleStringProperty();
    private final StringProperty kmsKey = new SimpleStringProperty("");
    private final BooleanProperty ownRetention = new SimpleBooleanProperty();
    private final IntegerProperty days = new SimpleIntegerProperty(30);
    private final StringBinding problem;

    CopyForm(String sourceRegion, List<Ec2Snapshot> sources, List<String> enabledRegions, LocalDate todayUtc) {
        this.sourceRegion = sourceRegion;
        this.sources = List.copyOf(sources);
        this.todayUtc = todayUtc;
        regions.setAll(enabledRegions.stream().filter(r -> !r.equals(sourceRegion)).toList());
        if (!regions.isEmpty()) {
            destination.set(regions.get(0));
        }
        problem = Bindings.createStringBinding(() -> destination.get() == null || destination.get().isBlank()
                ? "Choose the destination region." : ownRetention.get() && days.get() < 1 ? "Keep the copies a day at least."
                : "", destination, ownRetention, days);
    }

    CopyQueue.Request request() {
        String key = kmsKey.get() == null || kmsKey.get().isBlank() ? null : kmsKey.get().trim();
        return new CopyQueue.Request(sourceRegion, sources, destination.get(), key, ownRetention.get() ? days.get() : null,
                todayUtc);
    }

    public String summary() {
        return sources.size() + " snapshot" + (sources.size() == 1 ? "" : "s") + " from " + sourceRegion + ", "
                + sources.stream().mapToLong(Ec2Snapshot::volumeSizeGiB).sum() + " GiB of volume data. At most "
                + CopyQueue.CONCURRENT_PER_DESTINATION + " copies run at once per destination region (EC2's limit); the "
                + "others wait their turn.";
    }

    public ObservableList<String> regions() {
        return regions;
    }

    public StringProperty destinationProperty() {
        return destination;
    }

    public StringProperty kmsKeyProperty() {
        return kmsKey;
    }

    public BooleanProperty ownRetentionProperty() {
        return ownRetention;
    }

    public IntegerProperty daysProperty() {
        return days;
    }

    /** Why the form cannot be sent yet, or empty. */
    public StringBinding problem() {
        return problem;
    }
}
