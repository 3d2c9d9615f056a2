package io.lifeboat.ui.snapshots;

import io.lifeboat.inventory.Ec2Instance;
import io.lifeboat.inventory.Ec2Snapshot;
import io.lifeboat.snapshots.DeviceNames;
import io.lifeboat.snapshots.RestoreRequest;
import io.lifeboat.snapshots.VolumeTypes;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Restore to a new volume": zone (the original volume's by default), type, size (never below the
 * snapshot's), IOPS and throughput where the type takes them, tags, and optionally an instance of the same
 * zone to attach it to, at the first device name it leaves free. Problems are listed as the form changes.
 */
public final class RestoreForm {

    private final String region;
    private final Ec2Snapshot snapshot;
    private final List<Ec2Instance> instances;
    private final ObservableList<String> zones = FXCollections.observableArrayList();
    private final ObservableList<String> types = FXCollections.observableArrayList(VolumeTypes.TYPES);
    private final ObservableList<String> instancesInZone = FXCollections.observableArrayList();
    private final StringProperty zone = new SimpleStringProperty();
    private final StringProperty type = new SimpleStringProperty("gp3");
    private final IntegerProperty size;
    private final StringProperty iops = new SimpleStringProperty("");
    private final StringProperty throughput = new SimpleStringProperty("");
    private final StringProperty tags = new SimpleStringProperty("");
    private final BooleanProperty attach = new SimpleBooleanProperty();
    private final StringProperty instance = new SimpleStringProperty();
    private final StringProperty device = new SimpleStringProperty("");
    private final ObservableList<String> problems = FXCollections.observableArrayList();

    /** @param originalZone the zone of the snapshot's volume, if it still exists */
    RestoreForm(String region, Ec2Snapshot snapshot, String originalZone, List<String> knownZones, List<Ec2Instance> instances) {
        this.region = region;
        this.snapshot = snapshot;
        this.instances = List.copyOf(instances);
        this.size = new SimpleIntegerProperty(snapshot.volumeSizeGiB());
        zones.setAll(knownZones);
        zone.set(originalZone != null ? originalZone : knownZones.isEmpty() ? null : knownZones.get(0));
        zone.addListener((obs, was, now) -> listInstancesInZone());
        instance.addListener((obs, was, now) -> device.set(freeDevice()));
        listInstancesInZone();
        for (Observable field : Arrays.asList(zone, type, size, iops, throughput, tags, attach, instance, device)) {
            field.addListener(o -> check());
        }
        check();
    }

    private void listInstancesInZone() {
        instancesInZone.setAll(instances.stream().filter(i -> i.availabilityZone() != null && i.availabilityZone().equals(zone.get()))
                .map(i -> i.id() + (i.name().isBlank() ? "" : " " + i.name())).toList());
        instance.set(instancesInZone.isEmpty() ? null : instancesInZone.get(0));
    }

    private Ec2Instance chosenInstance() {
        String chosen = instance.get();
        if (chosen == null) {
            return null;
        }
        String id = chosen.split(" ", 2)[0];
        return instances.stream().filter(i -> i.id().equals(id)).findFirst().orElse(null);
    }

    private String freeDevice() {
        Ec2Instance chosen = chosenInstance();
        String free = chosen == null ? null : DeviceNames.firstFree(chosen.deviceNames(), chosen.rootDeviceName(), chosen.windows());
        return free == null ? "" : free;
    }

    private void check() {
        try {
            problems.setAll(request().problems(snapshot, attach.get() ? chosenInstance() : null));
        } catch (IllegalArgumentException e) {
            problems.setAll(e.getMessage());
        }
    }

    RestoreRequest request() {
        Ec2Instance chosen = attach.get() ? chosenInstance() : null;
        return new RestoreRequest(region, snapshot.id(), zone.get(), type.get(), size.get(), number(iops.get(), "IOPS"),
                number(throughput.get(), "The throughput"), parseTags(tags.get()), attach.get() ? (chosen == null ? instance.get()
                : chosen.id()) : null, attach.get() && !device.get().isBlank() ? device.get().trim() : null);
    }

    private static Integer number(String text, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " is a whole number, not '" + text.trim() + "'.");
        }
    }

    /** "Name=restored, Env=prod" */
    static Map<String, String> parseTags(String text) {
        Map<String, String> parsed = new LinkedHashMap<>();
        if (text == null) {
            return parsed;
        }
        for (String pair : text.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] kv = pair.split("=", 2);
            if (kv[0].isBlank() || kv.length < 2) {
                throw new IllegalArgumentException("Tags are Key=Value pairs separated by commas, not '" + pair.trim() + "'.");
            }
            parsed.put(kv[0].trim(), kv[1].trim());
        }
        return parsed;
    }

    public Ec2Snapshot snapshot() {
        return snapshot;
    }

    public ObservableList<String> zones() {
        return zones;
    }

    public ObservableList<String> types() {
        return types;
    }

    public ObservableList<String> instancesInZone() {
        return instancesInZone;
    }

    public StringProperty zoneProperty() {
        return zone;
    }

    public StringProperty typeProperty() {
        return type;
    }

    public IntegerProperty sizeProperty() {
        return size;
    }

    public StringProperty iopsProperty() {
        return iops;
    }

    public StringProperty throughputProperty() {
        return throughput;
    }

    public StringProperty tagsProperty() {
        return tags;
    }

    public BooleanProperty attachProperty() {
        return attach;
    }

    public StringProperty instanceProperty() {
        return instance;
    }

    public StringProperty deviceProperty() {
        return device;
    }

    /** What is wrong now; the form can be sent when empty. */
    public ObservableList<String> problems() {
        return problems;
    }
}
