package io.lifeboat.snapshots;

import io.lifeboat.volumes.BackupPolicies;
import io.lifeboat.volumes.BackupPolicy;
import io.lifeboat.volumes.VolumeRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * When a volume was protected. EC2 keeps no history of tags, so this is built from the tags as they are
 * now and, going back, from Lifeboat's own record of the tag edits it made (the volume's and its
 * instance's); before the oldest recorded edit, or with none, the earliest known tags are assumed to
 * have held since the volume was made. Edits made outside Lifeboat are not known; the basis says so.
 */
public final class PolicyHistory {

    /** A tag edit Lifeboat made on a volume or an instance: its tags just before and just after. */
    public record RecordedEdit(Instant time, String resourceId, Map<String, String> before, Map<String, String> after) {
        public RecordedEdit {
            before = Map.copyOf(before);
            after = Map.copyOf(after);
        }
    }

    private PolicyHistory() {
    }

    /** From the current tags alone. */
    public static Protection assumed(VolumeRecord volume) {
        return of(volume, null, List.of());
    }

    /**
     * @param policies the convention's policy rules, to read recorded tags with; may be {@code null} without edits
     * @param edits recorded edits of any resources (those of other resources are ignored)
     */
    public static Protection of(VolumeRecord volume, BackupPolicies policies, List<RecordedEdit> edits) {
        Instant created = volume.volume().createTime() == null ? Instant.EPOCH : volume.volume().createTime();
        String instanceId = volume.instanceId();
        List<RecordedEdit> relevant = edits.stream()
                .filter(e -> e.resourceId().equals(volume.volumeId()) || e.resourceId().equals(instanceId))
                .filter(e -> e.time().isAfter(created))
                .sorted(Comparator.comparing(RecordedEdit::time))
                .toList();
        if (relevant.isEmpty() || policies == null) {
            BackupPolicy now = volume.policy();
            if (!now.backedUp()) {
                return Protection.none("EC2 keeps no tag history and Lifeboat recorded no edit of these tags: the volume "
                        + "is not protected now, and is assumed never to have been.");
            }
            return new Protection(List.of(ProtectionPeriod.since(created, now.retentionDays())), true,
                    "EC2 keeps no tag history and Lifeboat recorded no edit of these tags: today's policy (kept "
                            + now.retentionDays() + " days) is assumed since the volume was created.");
        }
        return new Protection(periods(volume, policies, relevant, created), true, "From Lifeboat's record of the tag "
                + "edits it made since " + LocalDate.ofInstant(relevant.get(0).time(), ZoneOffset.UTC) + "; the tags "
                + "before that are assumed since the volume was created. Edits made outside Lifeboat are not known.");
    }

    /** Walks back from today's tags, undoing each recorded edit, then turns the protected stretches into periods. */
    private static List<ProtectionPeriod> periods(VolumeRecord volume, BackupPolicies policies, List<RecordedEdit> edits,
                                                  Instant created) {
        Map<String, String> volumeTags = volume.tags();
        Map<String, String> instanceTags = volume.instance() == null ? null : volume.instanceTags();
        String label = volume.instance() == null ? volume.instanceId() : volume.instanceName();
        List<BackupPolicy> policiesFromEachEdit = new ArrayList<>();
        for (int i = edits.size() - 1; i >= 0; i--) {
            policiesFromEachEdit.add(0, policies.derive(volumeTags, instanceTags, label));
            RecordedEdit edit = edits.get(i);
            if (edit.resourceId().equals(volume.volumeId())) {
                volumeTags = edit.before();
            } else {
                instanceTags = edit.before();
            }
        }
        BackupPolicy first = policies.derive(volumeTags, instanceTags, label);
        List<ProtectionPeriod> periods = new ArrayList<>();
        add(periods, first, created, edits.get(0).time());
        for (int i = 0; i < edits.size(); i++) {
            add(periods, policiesFromEachEdit.get(i), edits.get(i).time(), i + 1 < edits.size() ? edits.get(i + 1).time() : null);
        }
        return periods;
    }

    /** Adds a protected stretch, joined to the one before when it continues it with the same retention. */
    private static void add(List<ProtectionPeriod> periods, BackupPolicy policy, Instant from, Instant to) {
        if (!policy.backedUp() || (to != null && !to.isAfter(from))) {
            return;
        }
        ProtectionPeriod last = periods.isEmpty() ? null : periods.get(periods.size() - 1);
        if (last != null && from.equals(last.to()) && last.retentionDays() == policy.retentionDays()) {
            periods.set(periods.size() - 1, new ProtectionPeriod(last.from(), to, last.retentionDays()));
        } else {
            periods.add(new ProtectionPeriod(from, to, policy.retentionDays()));
        }
    }
}
