package io.lifeboat.volumes;

import io.lifeboat.volumes.BackupPolicy.Kind;
import io.lifeboat.volumes.BackupPolicy.RetentionSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives a volume's effective backup policy from the convention's tags.
 *
 * <ul>
 *   <li>A volume's own {@code Backup} tag wins over its instance's: {@code No} opts it out whatever
 *       the instance says, {@code Yes} covers it even if the instance is not (or it is unattached).</li>
 *   <li>Otherwise the instance decides: {@code Backup=Yes} covers its volumes, {@code Backup=No} opts
 *       them out, no tag leaves them not covered.</li>
 *   <li>Retention: the volume's {@code Retention}, else the instance's, else the default.</li>
 *   <li>Near-misses (a value or key in the wrong case or with stray spaces, a retention that is not a
 *       whole number of days within range) make the volume <em>misconfigured</em>, never silently
 *       protected or ignored. Where the intent to back up is plain, the volume is still backed up,
 *       with the default retention if its retention is unusable.</li>
 * </ul>
 */
public final class BackupPolicies {

    private static final Pattern DAYS = Pattern.compile("[0-9]+");
    /** What a near-miss plainly meant: " 14", "+7", "7d", "30 days". */
    private static final Pattern MEANT_DAYS = Pattern.compile("\\s*\\+?([0-9]+)\\s*(?:d|days?)?\\s*", Pattern.CASE_INSENSITIVE);

    private final BackupConvention convention;

    public BackupPolicies(BackupConvention convention) {
        this.convention = convention;
    }

    public BackupConvention convention() {
        return convention;
    }

    /**
     * @param instanceTags the attached instance's tags, or {@code null} for an unattached volume
     * @param instanceName the instance's Name (or id) for messages; ignored when unattached
     */
    public BackupPolicy derive(Map<String, String> volumeTags, Map<String, String> instanceTags, String instanceName) {
        List<String> problems = new ArrayList<>();
        String instanceLabel = instanceTags == null ? null : "instance " + instanceName;
        Intent volumeIntent = intent(TagReading.find(volumeTags, convention.backupKey()), "this volume", problems);
        if (volumeIntent == Intent.NO) {
            return opted("this volume", problems);
        }
        // The instance's Backup tag only matters when the volume does not decide for itself.
        Intent instanceIntent = volumeIntent == Intent.YES || instanceTags == null ? Intent.ABSENT
                : intent(TagReading.find(instanceTags, convention.backupKey()), instanceLabel, problems);

        String coveredBy;
        if (volumeIntent == Intent.YES) {
            coveredBy = "this volume";
        } else if (instanceIntent == Intent.YES) {
            coveredBy = instanceLabel;
        } else if (instanceIntent == Intent.NO) {
            return opted(instanceLabel, problems);
        } else {
            return notCovered(instanceLabel, problems);
        }

        Retention retention = retention(volumeTags, instanceTags, instanceLabel, problems);
        String kept = "kept " + retention.days + (retention.days == 1 ? " day" : " days");
        if (!problems.isEmpty()) {
            String how = retention.source == RetentionSource.DEFAULT && retention.replacedUnusable
                    ? "Backed up anyway, " + kept + " (the default)." : "Backed up anyway, " + kept + ".";
            return new BackupPolicy(Kind.MISCONFIGURED, true, retention.days, retention.source, problems,
                    String.join(" ", problems) + " " + how);
        }
        String because = capitalise(coveredBy) + " is tagged " + convention.backupKey() + "=" + BackupConvention.YES;
        return new BackupPolicy(Kind.PROTECTED, true, retention.days, retention.source, List.of(),
                because + ": backed up daily, " + kept + " (" + retention.origin + ").");
    }

    private enum Intent { YES, NO, UNCLEAR, ABSENT }

    private Intent intent(TagReading tag, String where, List<String> problems) {
        if (tag == null) {
            return Intent.ABSENT;
        }
        String key = convention.backupKey();
        String normalised = TagReading.normalise(tag.value());
        boolean yes = normalised.equals(TagReading.normalise(BackupConvention.YES));
        boolean no = normalised.equals(TagReading.normalise(BackupConvention.NO));
        String meant = key + "=" + (no ? BackupConvention.NO : BackupConvention.YES);
        if (!yes && !no) {
            problems.add(capitalise(where) + " is tagged " + tag.written() + ", which is neither "
                    + BackupConvention.YES + " nor " + BackupConvention.NO + ": write " + key + "=" + BackupConvention.YES
                    + " to back it up or " + key + "=" + BackupConvention.NO + " to opt out.");
            return Intent.UNCLEAR;
        }
        boolean exactValue = tag.value().equals(yes ? BackupConvention.YES : BackupConvention.NO);
        if (!tag.exactKey() || !exactValue) {
            problems.add(capitalise(where) + " is tagged " + tag.written() + ": write " + meant + " exactly "
                    + "(tags are case-sensitive; the AWS filter tag:" + key + "=" + BackupConvention.YES + " misses it).");
        }
        return yes ? Intent.YES : Intent.NO;
    }

    private record Retention(int days, RetentionSource source, String origin, boolean replacedUnusable) {
    }

    private Retention retention(Map<String, String> volumeTags, Map<String, String> instanceTags, String instanceLabel,
                                List<String> problems) {
        TagReading onVolume = TagReading.find(volumeTags, convention.retentionKey());
        TagReading onInstance = instanceTags == null ? null : TagReading.find(instanceTags, convention.retentionKey());
        TagReading chosen = onVolume != null ? onVolume : onInstance;
        int defaultDays = convention.defaultRetentionDays();
        if (chosen == null) {
            return new Retention(defaultDays, RetentionSource.DEFAULT,
                    "the default; no " + convention.retentionKey() + " tag", false);
        }
        String where = chosen == onVolume ? "this volume" : instanceLabel;
        RetentionSource source = chosen == onVolume ? RetentionSource.VOLUME_TAG : RetentionSource.INSTANCE_TAG;
        String problem = retentionProblem(chosen, where);
        if (problem != null) {
            problems.add(problem);
            return new Retention(defaultDays, RetentionSource.DEFAULT, "the default", true);
        }
        int days = Integer.parseInt(chosen.value());
        if (!chosen.exactKey()) {
            problems.add(capitalise(where) + " is tagged " + chosen.written() + ": write " + convention.retentionKey()
                    + "=" + days + " exactly (tag keys are case-sensitive).");
        }
        return new Retention(days, source, convention.retentionKey() + " on " + where, false);
    }

    private String retentionProblem(TagReading tag, String where) {
        String key = convention.retentionKey();
        String value = tag.value();
        String prefix = capitalise(where) + " is tagged " + tag.written() + ": ";
        if (!DAYS.matcher(value).matches()) {
            Matcher meant = MEANT_DAYS.matcher(value);
            boolean plainNumberInside = meant.matches() && meant.group(1).length() <= 4
                    && Integer.parseInt(meant.group(1)) >= 1
                    && Integer.parseInt(meant.group(1)) <= convention.maxRetentionDays();
            if (value.trim().startsWith("-") && DAYS.matcher(value.trim().substring(1)).matches()) {
                return prefix + "a retention cannot be negative; write a number of days such as " + key + "=14.";
            }
            return prefix + "not a whole number of days; write "
                    + (plainNumberInside ? key + "=" + Integer.parseInt(meant.group(1)) : "a number of days such as " + key + "=14")
                    + ".";
        }
        long days = value.length() > 9 ? Long.MAX_VALUE : Long.parseLong(value);
        if (days < 1) {
            return prefix + "snapshots would be deleted the day they are made; write 1 or more days.";
        }
        if (days > convention.maxRetentionDays()) {
            return prefix + "more than " + convention.maxRetentionDays() + " days is surely a typo; write the days "
                    + "to keep (at most " + convention.maxRetentionDays() + ").";
        }
        return null;
    }

    private BackupPolicy opted(String who, List<String> problems) {
        String sentence = "Opted out: " + who + " is tagged " + convention.backupKey() + "=" + BackupConvention.NO + ".";
        if (!problems.isEmpty()) {
            return new BackupPolicy(Kind.MISCONFIGURED, false, 0, null, problems,
                    String.join(" ", problems) + " Not backed up (opted out).");
        }
        return new BackupPolicy(Kind.OPTED_OUT, false, 0, null, List.of(), sentence);
    }

    private BackupPolicy notCovered(String instanceLabel, List<String> problems) {
        if (!problems.isEmpty()) {
            return new BackupPolicy(Kind.MISCONFIGURED, false, 0, null, problems,
                    String.join(" ", problems) + " Not backed up until fixed.");
        }
        String sentence = instanceLabel == null
                ? "Not backed up: this unattached volume is not tagged " + convention.backupKey() + "=" + BackupConvention.YES + "."
                : "Not backed up: neither this volume nor " + instanceLabel + " is tagged " + convention.backupKey() + "="
                        + BackupConvention.YES + ".";
        return new BackupPolicy(Kind.NOT_COVERED, false, 0, null, List.of(), sentence);
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
