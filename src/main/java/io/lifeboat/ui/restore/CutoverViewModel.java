package io.lifeboat.ui.restore;

import io.lifeboat.app.RestoreJobCenter;
import io.lifeboat.app.RestoreJobEntry;
import io.lifeboat.app.Session;
import io.lifeboat.restore.CutoverTarget;
import io.lifeboat.restore.DnsRecord;
import io.lifeboat.restore.DnsZones;
import io.lifeboat.restore.RestoreJob;
import io.lifeboat.tasks.TaskRunner;
import io.lifeboat.tasks.TaskSpec;
import io.lifeboat.ui.common.DialogService;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Picking the CNAME to switch: a private hosted zone, one of its CNAMEs with its current value and
 * TTL (the one pointing at the source is chosen first), then the switch, confirmed.
 */
public final class CutoverViewModel {

    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final RestoreJobCenter center;
    private final Object zonesSlot = new Object();
    private final Object recordsSlot = new Object();
    private final ObservableList<DnsZones.Zone> zones = FXCollections.observableArrayList();
    private final ObjectProperty<DnsZones.Zone> zone = new SimpleObjectProperty<>();
    private final ObservableList<DnsRecord> records = FXCollections.observableArrayList();
    private final ObjectProperty<DnsRecord> record = new SimpleObjectProperty<>();
    private final StringProperty zoneVpcs = new SimpleStringProperty("");
    private final StringProperty current = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private Session session;
    private String pointingAt;
    /** The record the user has (the value changes across a switch; the name is what stays chosen). */
    private String chosenName;

    public CutoverViewModel(TaskRunner tasks, DialogService dialogs, RestoreJobCenter center) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.center = center;
        zone.addListener((obs, was, now) -> {
            chosenName = null;
            loadRecords(now);
        });
        record.addListener((obs, was, now) -> {
            current.set(now == null ? "" : now.name() + " is a CNAME to " + now.value() + ", TTL " + now.ttl() + " s");
            if (now != null) {
                chosenName = now.name();
            }
        });
    }

    /** Lists the private zones; the record that points at {@code sourceEndpoint} is offered first. */
    void load(Session on, String sourceEndpoint) {
        session = on;
        pointingAt = sourceEndpoint;
        loading.set(true);
        tasks.submit(TaskSpec.titled("List the private hosted zones").onlyLatest(zonesSlot)
                .<List<DnsZones.Zone>>body(context -> on.dnsZones().privateZones())
                .onSuccess(found -> {
                    zones.setAll(found);
                    DnsZones.Zone first = found.isEmpty() ? null : found.get(0);
                    if (java.util.Objects.equals(zone.get(), first)) {
                        chosenName = null;
                        loadRecords(first);
                    } else {
                        zone.set(first);
                    }
                })
                .onFinished(() -> loading.set(false))
                .build());
    }

    /** Whether a job's cutover changed state between two readings of it (the record's value then changed). */
    static boolean cutoverMoved(RestoreJobEntry was, RestoreJobEntry now) {
        Object before = was == null ? null : was.job().cutoverState();
        Object after = now == null ? null : now.job().cutoverState();
        return was != null && now != null && was.job().id().equals(now.job().id()) && before != after;
    }

    /** Reads the zone's CNAMEs again (after a switch or a revert): the chosen one stays chosen. */
    public void refresh() {
        loadRecords(zone.get());
    }

    private void loadRecords(DnsZones.Zone chosen) {
        Session on = session;
        if (chosen == null || on == null) {
            records.clear();
            zoneVpcs.set("");
            return;
        }
        tasks.submit(TaskSpec.titled("List the CNAMEs of " + chosen.name()).onlyLatest(recordsSlot)
                .<Zone>body(context -> new Zone(on.dnsZones().cnames(chosen.id()), on.dnsZones().vpcs(chosen.id())))
                .onSuccess(read -> {
                    String wanted = chosenName;
                    records.setAll(read.records());
                    zoneVpcs.set("Answers in " + String.join(", ", read.vpcs()));
                    record.set(read.records().stream().filter(r -> r.name().equals(wanted)).findFirst()
                            .or(() -> read.records().stream().filter(r -> r.value().equals(pointingAt)).findFirst())
                            .orElse(read.records().isEmpty() ? null : read.records().get(0)));
                })
                .build());
    }

    private record Zone(List<DnsRecord> records, List<String> vpcs) {
    }

    /** The chosen CNAME, or {@code null}. */
    CutoverTarget target() {
        DnsZones.Zone z = zone.get();
        DnsRecord r = record.get();
        return z == null || r == null ? null : new CutoverTarget(z.id(), z.name(), r.name());
    }

    /** Switches the chosen CNAME to the job's new database, once confirmed; {@code onDone} after any outcome. */
    public void switchDns(RestoreJobEntry job, Runnable onDone) {
        CutoverTarget target = target();
        Session on = session;
        if (target == null || on == null || job == null) {
            return;
        }
        DnsRecord before = record.get();
        if (!dialogs.confirm("Switch " + target.recordName() + "?", "Point " + target.recordName() + " (now "
                + before.value() + ") at " + job.job().plan().targetId() + "'s writer endpoint. Applications resolving it "
                + "connect to the restored database within its TTL (" + before.ttl() + " s). The previous value is kept, "
                + "to revert to.", "Switch")) {
            return;
        }
        tasks.submit(TaskSpec.titled("Switch " + target.recordName() + " to " + job.job().plan().targetId()).mutating()
                .resources(List.of(target.recordName()))
                .<RestoreJob>body(context -> center.switchDns(job.job().id(), target, on.connection(), context))
                .onFinished(() -> {
                    onDone.run();
                    loadRecords(zone.get());
                })
                .build());
    }

    public ObservableList<DnsZones.Zone> zones() { return zones; }
    public ObjectProperty<DnsZones.Zone> zoneProperty() { return zone; }
    public ObservableList<DnsRecord> records() { return records; }
    public ObjectProperty<DnsRecord> recordProperty() { return record; }
    public StringProperty zoneVpcsProperty() { return zoneVpcs; }
    public StringProperty currentProperty() { return current; }
    public BooleanProperty loadingProperty() { return loading; }
}
