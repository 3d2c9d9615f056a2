package io.lifeboat.snapshots;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who made a snapshot, read from its tags alone: every origin, and the near-misses that are not one. */
class SnapshotOriginTest {

    private static Map<String, String> tags(String text) {
        Map<String, String> tags = new java.util.LinkedHashMap<>();
        if (!text.isBlank()) {
            for (String pair : text.split(";")) {
                String[] kv = pair.split("=", 2);
                tags.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        return tags;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Type=Automated;DeleteOn=2026-12-01;lifeboat:policy=default | LIFEBOAT",
            "lifeboat:policy=nightly                                    | LIFEBOAT",
            "Type=Automated;DeleteOn=2026-12-01                        | SCRIPT",
            "Type=Automated                                            | SCRIPT",
            "aws:dlm:lifecycle-policy-id=policy-1;dlm:managed=true     | DLM",
            "aws:backup:source-resource=arn:aws:ec2:x                  | AWS_BACKUP",
            "Name=before kernel upgrade                                | MANUAL",
            "' '                                                       | MANUAL",
            "type=automated;DeleteOn=2026-12-01                        | MANUAL",
            "Type=Automated ;DeleteOn=2026-12-01                       | MANUAL",
            "dlm:managed=true                                          | MANUAL",
    })
    void eachOriginFromItsTags(String tagText, SnapshotOrigin expected) {
        assertThat(SnapshotOrigin.of(tags(tagText.trim()))).isEqualTo(expected);
    }

    @Test
    void anotherToolsTagsWinOverTheScriptsButLifeboatsPolicyTagWinsOverAll() {
        assertThat(SnapshotOrigin.of(Map.of("Type", "Automated", "aws:dlm:lifecycle-policy-id", "p")))
                .isEqualTo(SnapshotOrigin.DLM);
        assertThat(SnapshotOrigin.of(Map.of("Type", "Automated", "aws:backup:source-resource", "arn")))
                .isEqualTo(SnapshotOrigin.AWS_BACKUP);
        assertThat(SnapshotOrigin.of(Map.of("lifeboat:policy", "default", "aws:dlm:lifecycle-policy-id", "p")))
                .isEqualTo(SnapshotOrigin.LIFEBOAT);
    }

    @Test
    void theIdsScriptsReadAreStable() {
        assertThat(SnapshotOrigin.values()).extracting(SnapshotOrigin::id)
                .containsExactly("lifeboat", "script", "dlm", "aws-backup", "manual");
    }
}
