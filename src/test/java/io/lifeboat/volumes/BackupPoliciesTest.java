package io.lifeboat.volumes;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.volumes.BackupPolicy.Kind;
import io.lifeboat.volumes.BackupPolicy.RetentionSource;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BackupPoliciesTest {

    private final BackupPolicies policies = new BackupPolicies(BackupConvention.DEFAULT);

    private static Map<String, String> tags(String... keyValues) {
        Map<String, String> tags = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            tags.put(keyValues[i], keyValues[i + 1]);
        }
        return tags;
    }

    private BackupPolicy onInstance(Map<String, String> volume, Map<String, String> instance) {
        return policies.derive(volume, instance, "web-01");
    }

    @Nested
    class TheSourceConvention {

        @Test
        void instanceTaggedYesProtectsItsVolumesWithTheDefaultRetention() {
            BackupPolicy policy = onInstance(tags(), tags("Backup", "Yes"));

            assertThat(policy.kind()).isEqualTo(Kind.PROTECTED);
            assertThat(policy.backedUp()).isTrue();
            assertThat(policy.retentionDays()).isEqualTo(7);
            assertThat(policy.retentionSource()).isEqualTo(RetentionSource.DEFAULT);
            assertThat(policy.problems()).isEmpty();
            assertThat(policy.explanation())
                    .isEqualTo("Instance web-01 is tagged Backup=Yes: backed up daily, kept 7 days (the default; no Retention tag).");
        }

        @Test
        void instanceRetentionSetsTheDaysKept() {
            BackupPolicy policy = onInstance(tags(), tags("Backup", "Yes", "Retention", "14"));

            assertThat(policy.kind()).isEqualTo(Kind.PROTECTED);
            assertThat(policy.retentionDays()).isEqualTo(14);
            assertThat(policy.retentionSource()).isEqualTo(RetentionSource.INSTANCE_TAG);
            assertThat(policy.explanation()).endsWith("kept 14 days (Retention on instance web-01).");
        }

        @Test
        void volumeTaggedNoOptsOutWhateverItsInstanceSays() {
            BackupPolicy policy = onInstance(tags("Backup", "No"), tags("Backup", "Yes", "Retention", "14"));

            assertThat(policy.kind()).isEqualTo(Kind.OPTED_OUT);
            assertThat(policy.backedUp()).isFalse();
            assertThat(policy.retentionDays()).isZero();
            assertThat(policy.explanation()).isEqualTo("Opted out: this volume is tagged Backup=No.");
        }

        @Test
        void volumeOptOutIgnoresATypoOnItsInstance() {
            BackupPolicy policy = onInstance(tags("Backup", "No"), tags("Backup", "yes", "Retention", "abc"));

            assertThat(policy.kind()).isEqualTo(Kind.OPTED_OUT);
            assertThat(policy.problems()).isEmpty();
        }

        @Test
        void noTagsAnywhereIsNotCovered() {
            BackupPolicy policy = onInstance(Map.of(), Map.of("Name", "web-01"));

            assertThat(policy.kind()).isEqualTo(Kind.NOT_COVERED);
            assertThat(policy.backedUp()).isFalse();
            assertThat(policy.explanation())
                    .isEqualTo("Not backed up: neither this volume nor instance web-01 is tagged Backup=Yes.");
        }

        @Test
        void volumesWithoutAnyTagsAndNullMapsAreHandled() {
            assertThat(policies.derive(null, null, null).kind()).isEqualTo(Kind.NOT_COVERED);
            assertThat(policies.derive(Map.of(), tags("Backup", "Yes"), "web-01").kind()).isEqualTo(Kind.PROTECTED);
        }
    }

    @Nested
    class BeyondTheSource {

        @Test
        void volumeRetentionOverridesTheInstances() {
            BackupPolicy policy = onInstance(tags("Retention", "30"), tags("Backup", "Yes", "Retention", "14"));

            assertThat(policy.kind()).isEqualTo(Kind.PROTECTED);
            assertThat(policy.retentionDays()).isEqualTo(30);
            assertThat(policy.retentionSource()).isEqualTo(RetentionSource.VOLUME_TAG);
        }

        @Test
        void volumeTaggedYesIsCoveredEvenWhenItsInstanceIsNot() {
            BackupPolicy policy = onInstance(tags("Backup", "Yes"), tags("Name", "web-01"));

            assertThat(policy.kind()).isEqualTo(Kind.PROTECTED);
            assertThat(policy.explanation()).startsWith("This volume is tagged Backup=Yes");
        }

        @Test
        void unattachedVolumesHaveTheirOwnPolicy() {
            assertThat(policies.derive(tags("Backup", "Yes", "Retention", "3"), null, null))
                    .extracting(BackupPolicy::kind, BackupPolicy::retentionDays)
                    .containsExactly(Kind.PROTECTED, 3);
            BackupPolicy uncovered = policies.derive(tags("Name", "scratch"), null, null);
            assertThat(uncovered.kind()).isEqualTo(Kind.NOT_COVERED);
            assertThat(uncovered.explanation()).isEqualTo("Not backed up: this unattached volume is not tagged Backup=Yes.");
        }

        @Test
        void instanceTaggedNoOptsOutAndItsRetentionDoesNotMatter() {
            BackupPolicy policy = onInstance(tags(), tags("Backup", "No", "Retention", "abc"));

            assertThat(policy.kind()).isEqualTo(Kind.OPTED_OUT);
            assertThat(policy.explanation()).isEqualTo("Opted out: instance web-01 is tagged Backup=No.");
        }

        @Test
        void tagKeysAndDefaultRetentionAreSettings() {
            BackupPolicies custom = new BackupPolicies(BackupConvention.DEFAULT.withKeys("backup", "retention-days")
                    .withDefaultRetention(14));

            assertThat(custom.derive(tags(), tags("backup", "Yes"), "web-01").retentionDays()).isEqualTo(14);
            assertThat(custom.derive(tags(), tags("backup", "Yes", "retention-days", "30"), "web-01").retentionDays())
                    .isEqualTo(30);
            BackupPolicy oldKey = custom.derive(tags(), tags("Backup", "Yes"), "web-01");
            assertThat(oldKey.kind()).isEqualTo(Kind.MISCONFIGURED);
            assertThat(oldKey.problem()).contains("write backup=Yes exactly");
        }

        @Test
        void leadingZerosAreStillAWholeNumberOfDays() {
            assertThat(onInstance(tags(), tags("Backup", "Yes", "Retention", "014")))
                    .extracting(BackupPolicy::kind, BackupPolicy::retentionDays)
                    .containsExactly(Kind.PROTECTED, 14);
        }

        @ParameterizedTest
        @ValueSource(strings = {"1", "3650"})
        void retentionBoundsAreInclusive(String days) {
            BackupPolicy policy = onInstance(tags(), tags("Backup", "Yes", "Retention", days));

            assertThat(policy.kind()).isEqualTo(Kind.PROTECTED);
            assertThat(policy.retentionDays()).isEqualTo(Integer.parseInt(days));
        }
    }

    @Nested
    class NearMissesOnBackup {

        @ParameterizedTest(name = "Backup=\"{0}\"")
        @ValueSource(strings = {"yes", "YES ", "YES", " Yes", "yEs", "Yes\t"})
        void aYesInTheWrongCaseOrWithSpacesIsMisconfiguredButStillBackedUp(String value) {
            BackupPolicy policy = onInstance(tags(), tags("Backup", value, "Retention", "14"));

            assertThat(policy.kind()).isEqualTo(Kind.MISCONFIGURED);
            assertThat(policy.backedUp()).isTrue();
            assertThat(policy.retentionDays()).isEqualTo(14);
            assertThat(policy.problem()).contains("Instance web-01 is tagged").contains("write Backup=Yes exactly");
            assertThat(policy.explanation()).endsWith("Backed up anyway, kept 14 days.");
        }

        @Test
        void theMessageShowsStraySpaces() {
            assertThat(onInstance(tags(), tags("Backup", "YES ")).problem()).contains("Backup=\"YES \"");
        }

        @ParameterizedTest(name = "key \"{0}\"")
        @ValueSource(strings = {"backup", "BACKUP", "Backup ", " backup"})
        void aBackupKeyInTheWrongCaseIsMisconfiguredButStillBackedUp(String key) {
            BackupPolicy policy = onInstance(tags(), tags(key, "Yes"));

            assertThat(policy.kind()).isEqualTo(Kind.MISCONFIGURED);
            assertThat(policy.backedUp()).isTrue();
            assertThat(policy.problem()).contains("write Backup=Yes exactly");
        }

        @ParameterizedTest(name = "Backup=\"{0}\"")
        @ValueSource(strings = {"true", "1", "Y", "", "Yes please", "enabled"})
        void anUnclearValueIsMisconfiguredAndNotBackedUp(String value) {
            BackupPolicy policy = onInstance(tags(), tags("Backup", value));

            assertThat(policy.kind()).isEqualTo(Kind.MISCONFIGURED);
            assertThat(policy.backedUp()).isFalse();
            assertThat(policy.problem()).contains("neither Yes nor No").contains("write Backup=Yes to back it up");
            assertThat(policy.explanation()).endsWith("Not backed up until fixed.");
        }

        @Test
        void anUnclearVolumeValueDefersToAnInstanceThatSaysYes() {
            BackupPolicy policy = onInstance(tags("Backup", "maybe"), tags("Backup", "Yes"));

            assertThat(policy.kind()).isEqualTo(Kind.MISCONFIGURED);
            assertThat(policy.backedUp()).isTrue();
            assertThat(policy.problem()).startsWith("This volume is tagged Backup=maybe");
        }

        @Test
        void aNoInTheWrongCaseStillOptsOutButIsFlagged() {
            BackupPolicy policy = onInstance(tags("Backup", "no"), tags("Backup", "Yes"));

            assertThat(policy.kind()).isEqualTo(Kind.MISCONFIGURED);
            assertThat(policy.backedUp()).isFalse();
            assertThat(policy.problem()).contains("write Backup=No exactly");
            assertThat(policy.explanation()).endsWith("Not backed up (opted out).");
        }
    }

    @Nested
    class NearMissesOnRetention {

        @ParameterizedTest(name = "Retention=\"{0}\" -> {1}")
        @CsvSource(delimiter = '|', value = {
            "abc     | not a whole number of days; write a number of days such as Retention=14.",
            "0       | snapshots would be deleted the day they are made; write 1 or more days.",
            "-3      | a retention cannot be negative; write a number of days such as Retention=14.",
            "99999   | more than 3650 days is surely a typo; write the days to keep (at most 3650).",
            "3651    | more than 3650 days is surely a typo; write the days to keep (at most 3650).",
            "99999999999 | more than 3650 days is surely a typo; write the days to keep (at most 3650).",
            "7d      | not a whole number of days; write Retention=7.",
            "1.5     | not a whole number of days; write a number of days such as Retention=14.",
            "'30 days' | not a whole number of days; write Retention=30.",
            "+7      | not a whole number of days; write Retention=7.",
            "'14 '   | not a whole number of days; write Retention=14.",
            "' 30'   | not a whole number of days; write Retention=30.",
            "''      | not a whole number of days; write a number of days such as Retention=14.",
        })
        void anUnusableRetentionIsMisconfiguredAndUsesTheDefault(String value, String fix) {
            BackupPolicy policy = onInstance(tags(), tags("Backup", "Yes", "Retention", value));

            assertThat(policy.kind()).isEqualTo(Kind.MISCONFIGURED);
            assertThat(policy.backedUp()).isTrue();
            assertThat(policy.retentionDays()).isEqualTo(7);
            assertThat(policy.retentionSource()).isEqualTo(RetentionSource.DEFAULT);
            assertThat(policy.problem()).startsWith("Instance web-01 is tagged Retention=").endsWith(fix);
            assertThat(policy.explanation()).endsWith("Backed up anyway, kept 7 days (the default).");
        }

        @Test
        void anUnusableVolumeRetentionUsesTheDefaultNotTheInstances() {
            BackupPolicy policy = onInstance(tags("Retention", "abc"), tags("Backup", "Yes", "Retention", "14"));

            assertThat(policy.kind()).isEqualTo(Kind.MISCONFIGURED);
            assertThat(policy.retentionDays()).isEqualTo(7);
            assertThat(policy.problem()).startsWith("This volume is tagged Retention=abc");
        }

        @Test
        void aValidVolumeRetentionMakesAnInstanceTypoIrrelevant() {
            BackupPolicy policy = onInstance(tags("Retention", "30"), tags("Backup", "Yes", "Retention", "abc"));

            assertThat(policy.kind()).isEqualTo(Kind.PROTECTED);
            assertThat(policy.retentionDays()).isEqualTo(30);
        }

        @Test
        void aRetentionKeyInTheWrongCaseKeepsItsDaysButIsFlagged() {
            BackupPolicy policy = onInstance(tags(), tags("Backup", "Yes", "retention", "14"));

            assertThat(policy.kind()).isEqualTo(Kind.MISCONFIGURED);
            assertThat(policy.retentionDays()).isEqualTo(14);
            assertThat(policy.retentionSource()).isEqualTo(RetentionSource.INSTANCE_TAG);
            assertThat(policy.problem()).contains("write Retention=14 exactly");
        }

        @Test
        void retentionIsIgnoredWhenNothingIsBackedUp() {
            assertThat(onInstance(tags(), tags("Retention", "abc")).kind()).isEqualTo(Kind.NOT_COVERED);
        }

        @Test
        void everyProblemIsListed() {
            BackupPolicy policy = onInstance(tags(), tags("Backup", "yes", "Retention", "-3"));

            assertThat(policy.problems()).hasSize(2);
            assertThat(policy.problems().get(0)).contains("write Backup=Yes exactly");
            assertThat(policy.problems().get(1)).contains("cannot be negative");
            assertThat(policy.backedUp()).isTrue();
            assertThat(policy.retentionDays()).isEqualTo(7);
        }
    }
}
