package io.lifeboat.backup;

import io.lifeboat.volumes.BackupConvention;
import io.lifeboat.volumes.BackupTags;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a backup run follows beyond the tag convention: the policy's name (written on each snapshot
 * as {@code lifeboat:policy}), which instance tags are copied onto snapshots (cost allocation), and
 * how many of each volume's newest automated snapshots are kept whatever their {@code DeleteOn}.
 */
public record BackupSettings(BackupConvention convention, String policyName, List<String> copiedTagKeys,
                             int keepNewest) {

    public static final String DEFAULT_POLICY = "default";
    public static final List<String> DEFAULT_COPIED_TAGS = List.of("CostCenter");

    /** Keys in the settings store, shared by the desktop and the CLI. */
    public static final String POLICY_KEY = "backup.policyName";
    public static final String COPIED_TAGS_KEY = "backup.copiedTags";
    public static final String KEEP_NEWEST_KEY = "backup.keepNewest";

    public BackupSettings {
        if (policyName == null || policyName.isBlank() || policyName.length() > 256) {
            throw new IllegalArgumentException("The policy name must be 1 to 256 characters (it is a tag value)");
        }
        if (keepNewest < 0) {
            throw new IllegalArgumentException("keep-newest cannot be negative");
        }
        for (String key : copiedTagKeys) {
            if (!key.equals(key.strip())) {
                // The stack's role allows the keys exactly as written; a trimmed copy would be denied.
                throw new IllegalArgumentException("The tag key '" + key + "' has spaces around it: write CostCenter,Owner, "
                        + "not CostCenter, Owner");
            }
            if (BackupTags.OWN_KEYS.contains(key) || key.startsWith("aws:") || key.isBlank()) {
                throw new IllegalArgumentException("Cannot copy the tag key '" + key + "': it is empty, reserved by AWS, "
                        + "or one the engine sets itself (" + String.join(", ", BackupTags.OWN_KEYS) + ")");
            }
        }
        copiedTagKeys = List.copyOf(copiedTagKeys);
    }

    public static BackupSettings defaults(BackupConvention convention) {
        return new BackupSettings(convention, DEFAULT_POLICY, DEFAULT_COPIED_TAGS, 0);
    }

    /**
     * From stored settings (the desktop's and the CLI's database), each falling back to its default; a
     * stored value that is not valid gives the defaults, as {@code AppSettings.convention()} does.
     */
    public static BackupSettings from(BackupConvention convention, Function<String, Optional<String>> stored) {
        try {
            return new BackupSettings(convention,
                    stored.apply(POLICY_KEY).filter(s -> !s.isBlank()).orElse(DEFAULT_POLICY),
                    stored.apply(COPIED_TAGS_KEY).map(BackupSettings::keys).orElse(DEFAULT_COPIED_TAGS),
                    stored.apply(KEEP_NEWEST_KEY).map(String::trim).map(Integer::parseInt).orElse(0));
        } catch (IllegalArgumentException e) {
            return defaults(convention);
        }
    }

    /** A comma-separated list of tag keys, blanks and repeats dropped. */
    public static List<String> keys(String commaSeparated) {
        return List.copyOf(new LinkedHashSet<>(Arrays.stream(commaSeparated.split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toList()));
    }

    public BackupSettings withPolicyName(String name) {
        return new BackupSettings(convention, name, copiedTagKeys, keepNewest);
    }

    public BackupSettings withCopiedTagKeys(List<String> keys) {
        return new BackupSettings(convention, policyName, keys, keepNewest);
    }

    public BackupSettings withKeepNewest(int count) {
        return new BackupSettings(convention, policyName, copiedTagKeys, count);
    }
}
