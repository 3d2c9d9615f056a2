package io.lifeboat.app;

import io.lifeboat.aws.ConnectionSpec;
import io.lifeboat.backup.BackupSettings;
import io.lifeboat.store.SettingsStore;
import io.lifeboat.volumes.BackupConvention;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Typed settings over the key-value store: the last connection, theme, the backup-tag convention,
 * the backup knobs, the regions each view works on. Every key the desktop stores is named here
 * (the backup knobs' keys are {@link BackupSettings}'s, which the CLI reads too). Reads come from
 * memory, so any thread may call them; see {@link SettingsStore}.
 */
public final class AppSettings {

    private static final String CONNECTION_KIND = "connection.kind";
    private static final String CONNECTION_PROFILE = "connection.profile";
    private static final String CONNECTION_REGION = "connection.region";
    private static final String CONNECTION_ENDPOINT = "connection.endpoint";
    private static final String CONNECTION_READ_ONLY = "connection.readOnly";
    private static final String THEME = "ui.theme";
    private static final String BACKUP_KEY = "convention.backupKey";
    private static final String RETENTION_KEY = "convention.retentionKey";
    private static final String DEFAULT_RETENTION = "convention.defaultRetention";
    private static final String OVERDUE_HOURS = "convention.overdueHours";
    private static final String REGIONS = "regions.";
    private static final String CONFIRM_TYPING_ABOVE = "commands.confirmTypingAbove";

    /** Run Command: above this many targets the user types the count to confirm (the CLI asks for --confirm N). */
    public static final int DEFAULT_CONFIRM_TYPING_ABOVE = 10;

    private final SettingsStore store;

    public AppSettings(SettingsStore store) {
        this.store = store;
    }

    public Optional<ConnectionSpec> lastConnection() {
        Optional<String> kind = store.get(CONNECTION_KIND);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        try {
            ConnectionSpec.Kind k = ConnectionSpec.Kind.valueOf(kind.get());
            String region = store.get(CONNECTION_REGION).orElse(ConnectionSpec.SANDBOX_REGION);
            URI endpoint = store.get(CONNECTION_ENDPOINT).filter(s -> !s.isBlank()).map(URI::create).orElse(null);
            boolean readOnly = store.get(CONNECTION_READ_ONLY).map(Boolean::parseBoolean).orElse(false);
            return Optional.of(new ConnectionSpec(k, store.get(CONNECTION_PROFILE).orElse(null), region, endpoint, readOnly));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public void rememberConnection(ConnectionSpec spec) {
        store.put(CONNECTION_KIND, spec.kind().name());
        store.put(CONNECTION_REGION, spec.region());
        store.put(CONNECTION_READ_ONLY, Boolean.toString(spec.readOnly()));
        if (spec.profile() == null) {
            store.remove(CONNECTION_PROFILE);
        } else {
            store.put(CONNECTION_PROFILE, spec.profile());
        }
        store.put(CONNECTION_ENDPOINT, spec.endpoint() == null ? "" : spec.endpoint().toString());
    }

    public boolean darkTheme() {
        return store.get(THEME).map("dark"::equals).orElse(false);
    }

    public void darkTheme(boolean dark) {
        store.put(THEME, dark ? "dark" : "light");
    }

    public BackupConvention convention() {
        BackupConvention d = BackupConvention.DEFAULT;
        try {
            return new BackupConvention(
                    store.get(BACKUP_KEY).orElse(d.backupKey()),
                    store.get(RETENTION_KEY).orElse(d.retentionKey()),
                    store.get(DEFAULT_RETENTION).map(Integer::parseInt).orElse(d.defaultRetentionDays()),
                    d.maxRetentionDays(),
                    store.get(OVERDUE_HOURS).map(h -> Duration.ofHours(Long.parseLong(h))).orElse(d.overdueAfter()));
        } catch (IllegalArgumentException e) {
            return d;
        }
    }

    public void convention(BackupConvention convention) {
        store.put(BACKUP_KEY, convention.backupKey());
        store.put(RETENTION_KEY, convention.retentionKey());
        store.put(DEFAULT_RETENTION, Integer.toString(convention.defaultRetentionDays()));
        store.put(OVERDUE_HOURS, Long.toString(convention.overdueAfter().toHours()));
    }

    /** The tag convention and backup knobs as saved (shared with the CLI), each falling back to its default. */
    public BackupSettings backupSettings() {
        return BackupSettings.from(convention(), store::get);
    }

    /** The regions {@code view} last worked on in {@code account}, or none: a choice belongs to its account. */
    public List<String> rememberedRegions(String view, String account) {
        return store.get(REGIONS + view + "." + account).filter(s -> !s.isBlank())
                .map(s -> Arrays.asList(s.split(","))).orElse(List.of());
    }

    public void rememberRegions(String view, String account, List<String> regions) {
        store.put(REGIONS + view + "." + account, String.join(",", regions));
    }

    /** Above this many targets, sending a command needs the count typed (GUI) or given (CLI {@code --confirm N}). */
    public int confirmTypingAbove() {
        try {
            return store.get(CONFIRM_TYPING_ABOVE).map(Integer::parseInt).filter(n -> n >= 0)
                    .orElse(DEFAULT_CONFIRM_TYPING_ABOVE);
        } catch (NumberFormatException e) {
            return DEFAULT_CONFIRM_TYPING_ABOVE;
        }
    }

    public void confirmTypingAbove(int targets) {
        if (targets < 0) {
            throw new IllegalArgumentException("The confirmation threshold is a number of targets, 0 or more");
        }
        store.put(CONFIRM_TYPING_ABOVE, Integer.toString(targets));
    }
}
