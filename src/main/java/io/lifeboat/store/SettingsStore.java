package io.lifeboat.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Key-value settings (theme, last connection, tag keys...) in the embedded database. Read once when
 * opened and kept in memory, so that any thread (the UI's included) reads them without waiting for
 * the store; changes are written through {@link Database#write}.
 */
public final class SettingsStore {

    private final Database db;
    private final Map<String, String> values = new ConcurrentHashMap<>();

    public SettingsStore(Database db) {
        this.db = db;
        db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT key, value FROM settings");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.put(rs.getString(1), rs.getString(2));
                }
                return null;
            }
        });
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    public void put(String key, String value) {
        values.put(key, value);
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
                ps.setString(1, key);
                ps.setString(2, value);
                return ps.executeUpdate();
            }
        });
    }

    public void remove(String key) {
        values.remove(key);
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM settings WHERE key = ?")) {
                ps.setString(1, key);
                return ps.executeUpdate();
            }
        });
    }
}
