package io.lifeboat.snapshots;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.volumes.BackupConvention;
import io.lifeboat.volumes.BackupPolicies;
import io.lifeboat.volumes.VolumeRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Protection periods from today's tags and Lifeboat's record of the tag edits it made. */
class PolicyHistoryTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:15:00Z");
    private static final Instant CREATED = Instant.parse("2026-09-01T00:00:00Z");
    private static final BackupPolicies POLICIES = new BackupPolicies(BackupConvention.DEFAULT);

    private static VolumeRecord volume(Map<String, String> instanceTags, Map<String, String> volumeTags) {
        return new Region(NOW).instance("i-0web", instanceTags).volume("vol-0web", "i-0web", "/dev/xvda", CREATED, volumeTags)
                .records().get(0);
    }

    @Test
    void withoutARecordTodaysPolicyIsAssumedSinceTheVolumeWasMadeAndSaidSo() {
        Protection protectedNow = PolicyHistory.assumed(volume(Map.of("Backup", "Yes", "Retention", "14"), Map.of()));
        Protection optedOut = PolicyHistory.assumed(volume(Map.of("Backup", "Yes"), Map.of("Backup", "No")));

        assertThat(protectedNow.periods()).containsExactly(ProtectionPeriod.since(CREATED, 14));
        assertThat(protectedNow.assumed()).isTrue();
        assertThat(protectedNow.basis()).contains("assumed since the volume was created").contains("14 days");
        assertThat(optedOut.periods()).isEmpty();
        assertThat(optedOut.basis()).contains("not protected now");
    }

    @Test
    void recordedEditsOfTheVolumeAndItsInstanceMakeThePeriods() {
        Instant optedOut = Instant.parse("2026-11-05T12:00:00Z");
        Instant optedIn = Instant.parse("2026-11-12T12:00:00Z");
        Instant longer = Instant.parse("2026-11-15T08:00:00Z");
        VolumeRecord now = volume(Map.of("Name", "web-1", "Backup", "Yes", "Retention", "30"), Map.of("Backup", "Yes"));
        List<PolicyHistory.RecordedEdit> edits = List.of(
                new PolicyHistory.RecordedEdit(optedOut, "vol-0web", Map.of(), Map.of("Backup", "No")),
                new PolicyHistory.RecordedEdit(optedIn, "vol-0web", Map.of("Backup", "No"), Map.of("Backup", "Yes")),
                new PolicyHistory.RecordedEdit(longer, "i-0web", Map.of("Name", "web-1", "Backup", "Yes", "Retention", "14"),
                        Map.of("Name", "web-1", "Backup", "Yes", "Retention", "30")),
                new PolicyHistory.RecordedEdit(longer, "i-0other", Map.of(), Map.of("Backup", "No")));

        Protection protection = PolicyHistory.of(now, POLICIES, edits);

        assertThat(protection.periods()).containsExactly(new ProtectionPeriod(CREATED, optedOut, 14),
                new ProtectionPeriod(optedIn, longer, 14), ProtectionPeriod.since(longer, 30));
        assertThat(protection.basis()).startsWith("From Lifeboat's record of the tag edits it made since 2026-11-05")
                .contains("outside Lifeboat are not known");
        assertThat(protection.current().retentionDays()).isEqualTo(30);
    }

    @Test
    void editsThatChangeNothingOfThePolicyJoinIntoOnePeriod() {
        Instant renamed = Instant.parse("2026-11-05T12:00:00Z");
        VolumeRecord now = volume(Map.of("Name", "web-2", "Backup", "Yes"), Map.of());
        List<PolicyHistory.RecordedEdit> edits = List.of(new PolicyHistory.RecordedEdit(renamed, "i-0web",
                Map.of("Name", "web-1", "Backup", "Yes"), Map.of("Name", "web-2", "Backup", "Yes")));

        assertThat(PolicyHistory.of(now, POLICIES, edits).periods()).containsExactly(ProtectionPeriod.since(CREATED, 7));
    }
}
