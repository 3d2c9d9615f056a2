package io.lifeboat.backup;

import static io.lifeboat.backup.Inventories.NOW;
import static io.lifeboat.backup.Inventories.region;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeboat.volumes.BackupConvention;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The exact tags and descriptions each create sends, the misconfigurations and the totals. */
class PlanContentsTest {

    private static final BackupSettings SETTINGS = BackupSettings.defaults(BackupConvention.DEFAULT);

    private static final Inventories FLEET = region("eu-west-3")
            .instance("i-web", "Name", "web-1", "Backup", "Yes", "Retention", "14", "CostCenter", "cc-42", "Env", "prod")
            .volume("vol-root", "i-web", "/dev/xvda", 8)
            .volume("vol-data", "i-web", "/dev/xvdf", 100, "CostCenter", "cc-volume")
            .instance("i-api", "Name", "api-1", "Backup", "Yes", "Retention", "abc")
            .volume("vol-api", "i-api", "/dev/xvda", 30, "CostCenter", "cc-7")
            .volume("vol-loose", null, null, 20, "Name", "scratch", "Backup", "Yes");

    private final BackupPlan plan = BackupPlanner.plan(List.of(FLEET.build()), SETTINGS, NOW);

    @Test
    void aMultiVolumeSetGetsOneDescriptionAndTheInstancesTags() {
        SnapshotCreate web = create("i-web");

        assertThat(web.multiVolume()).isTrue();
        assertThat(web.description()).isEqualTo("web-1 - i-web (2 volumes: /dev/xvda, /dev/xvdf)");
        assertThat(web.deleteOn()).isEqualTo(LocalDate.parse("2026-12-09"));
        assertThat(web.tags()).containsExactlyInAnyOrderEntriesOf(Map.of("DeleteOn", "2026-12-09", "Type", "Automated",
                "Name", "web-1", "lifeboat:policy", "default", "CostCenter", "cc-42"));
        assertThat(web.gib()).isEqualTo(108);
        assertThat(web.volumes()).extracting(PlannedVolume::root).containsExactly(true, false);
    }

    @Test
    void aSingleVolumeKeepsTheSourcesDescriptionAndTakesTheVolumesCopiedTagWhenTheInstanceHasNone() {
        SnapshotCreate api = create("i-api");

        assertThat(api.multiVolume()).isFalse();
        assertThat(api.description()).isEqualTo("api-1 - vol-api (/dev/xvda)");
        assertThat(api.retentionDays()).isEqualTo(7);
        assertThat(api.tags()).containsEntry("DeleteOn", "2026-12-02").containsEntry("CostCenter", "cc-7")
                .containsEntry("Name", "api-1");
    }

    @Test
    void anUnattachedVolumeIsNamedByItsOwnNameTag() {
        SnapshotCreate loose = plan.creates().stream().filter(c -> c.instanceId() == null).findFirst().orElseThrow();

        assertThat(loose.description()).isEqualTo("scratch - vol-loose (unattached)");
        assertThat(loose.tags()).containsEntry("Name", "scratch").doesNotContainKey("CostCenter");
    }

    @Test
    void aMisconfiguredRetentionIsBackedUpWithTheDefaultAndListedWithItsFix() {
        assertThat(plan.misconfigurations()).singleElement().satisfies(m -> {
            assertThat(m.volumeId()).isEqualTo("vol-api");
            assertThat(m.instanceName()).isEqualTo("api-1");
            assertThat(m.problem()).contains("Retention=abc").contains("whole number of days");
            assertThat(m.backedUpAnyway()).isTrue();
        });
        assertThat(create("i-api").volumes()).singleElement().satisfies(v -> assertThat(v.misconfigured()).isTrue());
    }

    @Test
    void configuredTagKeysAreCopiedAndThePolicyNamesItself() {
        BackupSettings settings = SETTINGS.withCopiedTagKeys(List.of("Env", "CostCenter")).withPolicyName("nightly");

        SnapshotCreate web = BackupPlanner.plan(List.of(FLEET.build()), settings, NOW).creates().stream()
                .filter(c -> "i-web".equals(c.instanceId())).findFirst().orElseThrow();

        assertThat(web.tags()).containsEntry("Env", "prod").containsEntry("CostCenter", "cc-42")
                .containsEntry("lifeboat:policy", "nightly");
    }

    @Test
    void settingsRefuseToCopyTheEnginesOwnOrAwsKeys() {
        assertThatThrownBy(() -> SETTINGS.withCopiedTagKeys(List.of("DeleteOn"))).hasMessageContaining("DeleteOn");
        assertThatThrownBy(() -> SETTINGS.withCopiedTagKeys(List.of("aws:cloudformation:stack-name")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(BackupSettings.from(BackupConvention.DEFAULT, key -> Optional.ofNullable(Map.of(
                BackupSettings.COPIED_TAGS_KEY, " Env, ,CostCenter,Env", BackupSettings.KEEP_NEWEST_KEY, "3").get(key))))
                .isEqualTo(new BackupSettings(BackupConvention.DEFAULT, "default", List.of("Env", "CostCenter"), 3));
    }

    @Test
    void totalsCountVolumesGibCallsAndWhatIsLeftAlone() {
        assertThat(plan.totals()).isEqualTo(new BackupPlan.Totals(4, 158, 3, 0, 0, 0, 1));
    }

    @Test
    void daysAreUtcDaysWhateverTheHour() {
        Instant lateEvening = Instant.parse("2026-11-25T23:59:30Z");

        BackupPlan late = BackupPlanner.plan(List.of(FLEET.build()), SETTINGS, lateEvening);

        assertThat(late.today()).isEqualTo(LocalDate.parse("2026-11-25"));
        assertThat(late.creates()).allSatisfy(c -> assertThat(c.deleteOn())
                .isEqualTo(LocalDate.parse("2026-11-25").plusDays(c.retentionDays())));
    }

    private SnapshotCreate create(String instanceId) {
        return plan.creates().stream().filter(c -> instanceId.equals(c.instanceId())).findFirst().orElseThrow();
    }
}
