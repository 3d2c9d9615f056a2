package io.lifeboat.app;

import io.lifeboat.aws.ConnectionSpec;
import io.lifeboat.store.SettingsStore;
import io.lifeboat.volumes.BackupConvention;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Typed settings over the key-value store: the last connection, theme, the backup-tag convention. */
public final class AppSettings {

    private final SettingsStore store;

    public AppSettings(SettingsStore store) {
        this.store = store;
    }

    public Optional<ConnectionSpec> lastConnection() {
        Optional<String> kind = store.get("connection.kind");
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        try {
            ConnectionSpec.Kind k = ConnectionSpec.Kind.valueOf(kind.get());
            String region = store.get("connection.region").orElse(ConnectionSpec.SANDBOX_REGION);
            URI endpoint = store.get("connection.endpoint").filter(s -> !s.isBlank()).map(URI::create).orElse(null);
            boolean readOnly = store.get("connection.readOnly").map(Boolean::parseBoolean).orElse(false);
            return Optional.of(new ConnectionSpec(k, store.get("connection.profile").orElse(null), region, endpoint, readOnly));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public void rememberConnection(ConnectionSpec spec) {
        store.put("connection.kind", spec.kind().name());
        store.put("connection.region", spec.region());
        store.put("connection.readOnly", Boolean.toString(spec.readOnly()));
        if (spec.profile() == null) {
            store.remove("connection.profile");
        } else {
            store.put("connection.profile", spec.profile());
        }
        store.put("connection.endpoint", spec.endpoint() == null ? "" : spec.endpoint().toString());
    }

    public boolean darkTheme() {
        return store.get("ui.theme").map("dark"::equals).orElse(false);
    }

    public void darkTheme(boolean dark) {
        store.put("ui.theme", dark ? "dark" : "light");
    }

    public BackupConvention convention() {
        BackupConvention d = BackupConvention.DEFAULT;
        try {
            return new BackupConvention(
                    store.get("convention.backupKey").orElse(d.backupKey()),
                    store.get("convention.retentionKey").orElse(d.retentionKey()),
                    store.get("convention.defaultRetention").map(Integer::parseInt).orElse(d.defaultRetentionDays()),
                    d.maxRetentionDays(),
                    store.get("convention.overdueHours").map(h -> Duration.ofHours(Long.parseLong(h))).orElse(d.overdueAfter()));
        } catch (IllegalArgumentException e) {
            return d;
        }
    }

    public void convention(BackupConvention convention) {
        store.put("convention.backupKey", convention.backupKey());
        store.put("convention.retentionKey", convention.retentionKey());
        store.put("convention.defaultRetention", Integer.toString(convention.defaultRetentionDays()));
        store.put("convention.overdueHours", Long.toString(convention.overdueAfter().toHours()));
    }

    public Optional<String> get(String key) {
        return store.get(key);
    }

    public void put(String key, String value) {
        store.put(key, value);
    }
}
