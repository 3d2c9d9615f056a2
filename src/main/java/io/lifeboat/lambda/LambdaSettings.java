package io.lifeboat.lambda;

import io.lifeboat.backup.BackupSettings;
import io.lifeboat.volumes.BackupConvention;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The function's configuration, all from environment variables (set by the CloudFormation stack):
 *
 * <table>
 *   <caption>Environment variables</caption>
 *   <tr><td>{@code AWS_REGION}</td><td>set by Lambda: the home region, and the default for the regions</td></tr>
 *   <tr><td>{@code LIFEBOAT_REGIONS}</td><td>comma-separated regions, or {@code all} for every enabled one</td></tr>
 *   <tr><td>{@code LIFEBOAT_BACKUP_TAG}, {@code LIFEBOAT_RETENTION_TAG}</td><td>tag keys (Backup, Retention)</td></tr>
 *   <tr><td>{@code LIFEBOAT_DEFAULT_RETENTION}</td><td>days kept without a Retention tag (7)</td></tr>
 *   <tr><td>{@code LIFEBOAT_COPY_TAGS}</td><td>instance tag keys copied onto snapshots (CostCenter)</td></tr>
 *   <tr><td>{@code LIFEBOAT_KEEP_NEWEST}</td><td>newest automated snapshots per volume never pruned (0)</td></tr>
 *   <tr><td>{@code LIFEBOAT_POLICY_NAME}</td><td>written as {@code lifeboat:policy} (default)</td></tr>
 *   <tr><td>{@code LIFEBOAT_PRUNE}</td><td>{@code true} (default): the deployment approves the deletions;
 *       {@code false}: snapshots only</td></tr>
 *   <tr><td>{@code LIFEBOAT_DRY_RUN}</td><td>{@code true}: plan and log, change nothing (read-only clients)</td></tr>
 *   <tr><td>{@code LIFEBOAT_SAFETY_MARGIN_SECONDS}</td><td>the run starts no work this close to the function's
 *       timeout (60), so the calls in flight, the duplicate sweep and the report fit</td></tr>
 *   <tr><td>{@code LIFEBOAT_ENDPOINT_URL}</td><td>a custom endpoint, for LocalStack and tests; unset in AWS</td></tr>
 * </table>
 */
record LambdaSettings(String homeRegion, List<String> regions, boolean allRegions, BackupSettings backup,
                      boolean prune, boolean dryRun, URI endpoint, Duration safetyMargin) {

    static final int DEFAULT_SAFETY_MARGIN_SECONDS = 60;

    static LambdaSettings from(Function<String, String> env) {
        String home = value(env, "AWS_REGION").orElseThrow(() -> new IllegalStateException(
                "AWS_REGION is not set (Lambda sets it; set it when running the handler elsewhere)"));
        String regions = value(env, "LIFEBOAT_REGIONS").orElse(home);
        BackupConvention d = BackupConvention.DEFAULT;
        BackupConvention convention = d.withKeys(value(env, "LIFEBOAT_BACKUP_TAG").orElse(d.backupKey()),
                        value(env, "LIFEBOAT_RETENTION_TAG").orElse(d.retentionKey()))
                .withDefaultRetention(number(env, "LIFEBOAT_DEFAULT_RETENTION", d.defaultRetentionDays()));
        int keepNewest = number(env, "LIFEBOAT_KEEP_NEWEST", 0);
        int margin = number(env, "LIFEBOAT_SAFETY_MARGIN_SECONDS", DEFAULT_SAFETY_MARGIN_SECONDS);
        if (margin < 0) {
            throw new IllegalArgumentException("LIFEBOAT_SAFETY_MARGIN_SECONDS cannot be negative, not " + margin);
        }
        BackupSettings named = named("LIFEBOAT_POLICY_NAME, LIFEBOAT_KEEP_NEWEST", () -> new BackupSettings(convention,
                value(env, "LIFEBOAT_POLICY_NAME").orElse(BackupSettings.DEFAULT_POLICY), List.of(), keepNewest));
        BackupSettings backup = named("LIFEBOAT_COPY_TAGS", () -> named.withCopiedTagKeys(copiedTags(env)));
        return new LambdaSettings(home, BackupSettings.keys(regions), "all".equalsIgnoreCase(regions.trim()), backup,
                flag(env, "LIFEBOAT_PRUNE", true), flag(env, "LIFEBOAT_DRY_RUN", false),
                value(env, "LIFEBOAT_ENDPOINT_URL").map(URI::create).orElse(null),
                Duration.ofSeconds(margin));
    }

    /**
     * Read as written, not trimmed: the stack's role lists the same keys in {@code aws:TagKeys} from the same
     * parameter, so " Owner" trimmed to "Owner" here would be denied on every instance carrying it. The
     * template refuses such a value; a hand-edited variable is refused here, with the reason in the log.
     */
    private static List<String> copiedTags(Function<String, String> env) {
        String raw = env.apply("LIFEBOAT_COPY_TAGS");
        if (raw == null) {
            return BackupSettings.DEFAULT_COPIED_TAGS;
        }
        return raw.isEmpty() ? List.of() : List.of(raw.split(",", -1));
    }

    private static BackupSettings named(String variable, java.util.function.Supplier<BackupSettings> settings) {
        try {
            return settings.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(variable + ": " + e.getMessage(), e);
        }
    }

    private static Optional<String> value(Function<String, String> env, String name) {
        return Optional.ofNullable(env.apply(name)).map(String::trim).filter(s -> !s.isEmpty());
    }

    private static int number(Function<String, String> env, String name, int fallback) {
        try {
            return value(env, name).map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + env.apply(name) + "'", e);
        }
    }

    private static boolean flag(Function<String, String> env, String name, boolean fallback) {
        return value(env, name).map(v -> {
            String lower = v.toLowerCase(Locale.ROOT);
            if (!lower.equals("true") && !lower.equals("false")) {
                throw new IllegalArgumentException(name + " must be true or false, not '" + v + "'");
            }
            return lower.equals("true");
        }).orElse(fallback);
    }
}
