package io.lifeboat.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeboat.backup.BackupSettings;
import io.lifeboat.volumes.BackupConvention;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The function's environment variables: defaults, each knob, and refusals that name the variable. */
class LambdaSettingsTest {

    @Test
    void withOnlyTheRegionLambdaSetsEverythingHasItsDefault() {
        LambdaSettings settings = LambdaSettings.from(Map.of("AWS_REGION", "eu-west-3")::get);

        assertThat(settings.homeRegion()).isEqualTo("eu-west-3");
        assertThat(settings.regions()).containsExactly("eu-west-3");
        assertThat(settings.allRegions()).isFalse();
        assertThat(settings.backup()).isEqualTo(BackupSettings.defaults(BackupConvention.DEFAULT));
        assertThat(settings.prune()).isTrue();
        assertThat(settings.dryRun()).isFalse();
        assertThat(settings.endpoint()).isNull();
    }

    @Test
    void everyKnobIsReadFromItsVariable() {
        LambdaSettings settings = LambdaSettings.from(Map.ofEntries(Map.entry("AWS_REGION", "us-east-1"),
                Map.entry("LIFEBOAT_REGIONS", "eu-west-1, us-east-1"), Map.entry("LIFEBOAT_BACKUP_TAG", "Snapshot"),
                Map.entry("LIFEBOAT_RETENTION_TAG", "Keep"), Map.entry("LIFEBOAT_DEFAULT_RETENTION", "14"),
                Map.entry("LIFEBOAT_COPY_TAGS", "CostCenter,Env"), Map.entry("LIFEBOAT_KEEP_NEWEST", "2"),
                Map.entry("LIFEBOAT_POLICY_NAME", "nightly"), Map.entry("LIFEBOAT_PRUNE", "false"),
                Map.entry("LIFEBOAT_DRY_RUN", "TRUE"), Map.entry("LIFEBOAT_ENDPOINT_URL", "http://localhost:4566"))::get);

        assertThat(settings.regions()).containsExactly("eu-west-1", "us-east-1");
        assertThat(settings.backup().convention().backupKey()).isEqualTo("Snapshot");
        assertThat(settings.backup().convention().retentionKey()).isEqualTo("Keep");
        assertThat(settings.backup().convention().defaultRetentionDays()).isEqualTo(14);
        assertThat(settings.backup().copiedTagKeys()).isEqualTo(List.of("CostCenter", "Env"));
        assertThat(settings.backup().keepNewest()).isEqualTo(2);
        assertThat(settings.backup().policyName()).isEqualTo("nightly");
        assertThat(settings.prune()).isFalse();
        assertThat(settings.dryRun()).isTrue();
        assertThat(settings.endpoint()).isEqualTo(URI.create("http://localhost:4566"));
        assertThat(LambdaSettings.from(Map.of("AWS_REGION", "eu-west-3", "LIFEBOAT_REGIONS", "all")::get).allRegions())
                .isTrue();
    }

    @Test
    void aBadValueIsRefusedNamingItsVariable() {
        assertThatThrownBy(() -> LambdaSettings.from(Map.of("AWS_REGION", "eu-west-3", "LIFEBOAT_KEEP_NEWEST", "two")::get))
                .hasMessageContaining("LIFEBOAT_KEEP_NEWEST");
        assertThatThrownBy(() -> LambdaSettings.from(Map.of("AWS_REGION", "eu-west-3", "LIFEBOAT_PRUNE", "yes")::get))
                .hasMessageContaining("LIFEBOAT_PRUNE must be true or false");
        assertThatThrownBy(() -> LambdaSettings.from(Map.<String, String>of()::get)).hasMessageContaining("AWS_REGION");
        // As the stack's role lists them: " Owner" is not "Owner", and trimming it would be denied on every create.
        assertThatThrownBy(() -> LambdaSettings.from(Map.of("AWS_REGION", "eu-west-3",
                "LIFEBOAT_COPY_TAGS", "CostCenter, Owner")::get))
                .hasMessageStartingWith("LIFEBOAT_COPY_TAGS: The tag key ' Owner' has spaces around it");
        assertThat(LambdaSettings.from(Map.of("AWS_REGION", "eu-west-3", "LIFEBOAT_COPY_TAGS", "")::get)
                .backup().copiedTagKeys()).isEmpty();
    }
}
