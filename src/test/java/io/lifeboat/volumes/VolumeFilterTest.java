package io.lifeboat.volumes;

import static io.lifeboat.volumes.VolumeFixtures.NOW;
import static io.lifeboat.volumes.VolumeFixtures.instance;
import static io.lifeboat.volumes.VolumeFixtures.volume;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeboat.inventory.RegionInventory;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VolumeFilterTest {

    private final List<VolumeRecord> rows = new VolumeInventory(new BackupPolicies(BackupConvention.DEFAULT),
            Clock.fixed(NOW, ZoneOffset.UTC)).records(new RegionInventory("eu-west-3", NOW,
            List.of(instance("i-0aaa", Map.of("Name", "prod-web-01", "Env", "prod", "Backup", "Yes")),
                    instance("i-0bbb", Map.of("Name", "dev-api-01", "Env", "dev", "Backup", "yes"))),
            List.of(volume("vol-01", "i-0aaa", "/dev/xvda", 20, Map.of("Name", "web-root")),
                    volume("vol-02", "i-0aaa", "/dev/xvdf", 100, Map.of("Backup", "No", "Purpose", "scratch")),
                    volume("vol-03", "i-0bbb", "/dev/xvda", 30, Map.of()),
                    volume("vol-04", null, null, 500, Map.of())),
            List.of(), List.of()));

    private List<String> ids(VolumeFilter filter) {
        return filter.apply(rows).stream().map(VolumeRecord::volumeId).toList();
    }

    @Test
    void emptyFilterKeepsEverything() {
        assertThat(ids(VolumeFilter.ALL)).containsExactly("vol-01", "vol-02", "vol-03", "vol-04");
    }

    @Test
    void freeTextMatchesIdsNamesAndTagsCaseInsensitivelyAndEveryWordMustMatch() {
        assertThat(ids(VolumeFilter.ALL.withText("PROD-WEB"))).containsExactly("vol-01", "vol-02");
        assertThat(ids(VolumeFilter.ALL.withText("prod scratch"))).containsExactly("vol-02");
        assertThat(ids(VolumeFilter.ALL.withText("i-0bbb"))).containsExactly("vol-03");
        assertThat(ids(VolumeFilter.ALL.withText("  vol-04 "))).containsExactly("vol-04");
        assertThat(ids(VolumeFilter.ALL.withText("nothing-like-this"))).isEmpty();
    }

    @Test
    void tagChipsMatchVolumeOrInstanceTags() {
        assertThat(ids(VolumeFilter.ALL.withTags(List.of(TagCondition.parse("Env=prod")))))
                .containsExactly("vol-01", "vol-02");
        assertThat(ids(VolumeFilter.ALL.withTags(List.of(TagCondition.parse("Purpose")))))
                .containsExactly("vol-02");
        assertThat(ids(VolumeFilter.ALL.withTags(List.of(TagCondition.parse("Env = prod"), TagCondition.parse("Backup=No")))))
                .containsExactly("vol-02");
    }

    @Test
    void statusPolicyAndInstanceFilters() {
        assertThat(ids(VolumeFilter.ALL.withStatuses(Set.of(BackupStatus.MISCONFIGURED)))).containsExactly("vol-03");
        assertThat(ids(VolumeFilter.ALL.withPolicies(Set.of(BackupPolicy.Kind.OPTED_OUT, BackupPolicy.Kind.NOT_COVERED))))
                .containsExactly("vol-02", "vol-04");
        assertThat(ids(VolumeFilter.ALL.withInstance("dev-api"))).containsExactly("vol-03");
        assertThat(ids(VolumeFilter.ALL.withInstance("i-0aaa"))).containsExactly("vol-01", "vol-02");
    }

    @Test
    void tagConditionsNeedAKey() {
        assertThatThrownBy(() -> TagCondition.parse("=prod")).isInstanceOf(IllegalArgumentException.class);
        assertThat(TagCondition.parse("Env=").label()).isEqualTo("Env = ");
        assertThat(TagCondition.parse("Backup").label()).isEqualTo("Backup exists");
    }

    @Test
    void coverageCountsVolumesAndGibibytes() {
        CoverageSummary summary = CoverageSummary.of(rows);

        assertThat(summary.total()).isEqualTo(new CoverageSummary.Bucket(4, 650));
        assertThat(summary.policy(BackupPolicy.Kind.PROTECTED)).isEqualTo(new CoverageSummary.Bucket(1, 20));
        assertThat(summary.policy(BackupPolicy.Kind.OPTED_OUT)).isEqualTo(new CoverageSummary.Bucket(1, 100));
        assertThat(summary.policy(BackupPolicy.Kind.MISCONFIGURED)).isEqualTo(new CoverageSummary.Bucket(1, 30));
        assertThat(summary.policy(BackupPolicy.Kind.NOT_COVERED)).isEqualTo(new CoverageSummary.Bucket(1, 500));
        assertThat(summary.status(BackupStatus.NEVER_BACKED_UP)).isEqualTo(new CoverageSummary.Bucket(1, 20));
        assertThat(summary.status(BackupStatus.OVERDUE)).isEqualTo(new CoverageSummary.Bucket(0, 0));
    }

    @Test
    void csvQuotesWhatNeedsItAndDefusesFormulas() throws Exception {
        assertThat(VolumeCsv.quote("plain")).isEqualTo("plain");
        assertThat(VolumeCsv.quote("a,b")).isEqualTo("\"a,b\"");
        assertThat(VolumeCsv.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(VolumeCsv.quote("=HYPERLINK(1)")).isEqualTo("\"'=HYPERLINK(1)\"");
        var out = new java.io.StringWriter();
        VolumeCsv.write(rows.subList(0, 1), List.of(VolumeColumn.VOLUME_ID, VolumeColumn.NAME, VolumeColumn.STATUS), out);
        assertThat(out.toString()).isEqualTo("Volume,Name,Status\r\nvol-01,web-root,Never backed up\r\n");
    }
}
