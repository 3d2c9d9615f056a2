package io.lifeboat.aws.sandbox.ec2;

import static io.lifeboat.aws.sandbox.ec2.Ec2Assertions.assertEc2Error;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.Tag;

class ResourceTagsTest {

    private static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }

    @Test
    void reservedAndOverlongKeysAndValuesAreRefused() {
        assertEc2Error(() -> ResourceTags.validate(List.of(tag("aws:backup", "x"))), "InvalidParameterValue")
                .hasMessageContaining("reserved");
        assertEc2Error(() -> ResourceTags.validate(List.of(tag("k".repeat(129), "x"))), "InvalidParameterValue");
        assertEc2Error(() -> ResourceTags.validate(List.of(tag("k", "v".repeat(257)))), "InvalidParameterValue");
        assertEc2Error(() -> ResourceTags.validate(List.of(tag("", "v"))), "InvalidParameterValue");
        ResourceTags.validate(List.of(tag("k".repeat(128), "v".repeat(256)), tag("AWS-ish", "")));
    }

    @Test
    void fiftyUserTagsIsTheLimitAndAwsTagsDoNotCount() {
        ResourceTags tags = new ResourceTags(Map.of("aws:backup:source-resource", "arn"));
        List<Tag> fifty = IntStream.range(0, 50).mapToObj(i -> tag("k" + i, "v")).toList();
        tags.checkLimit(fifty);
        tags.put(fifty);
        tags.checkLimit(List.of(tag("k3", "replaced")));
        assertEc2Error(() -> tags.checkLimit(List.of(tag("one-more", "v"))), "TagLimitExceeded");
    }

    @Test
    void deleteByKeyOnlyRemovesWhateverTheValue() {
        ResourceTags tags = new ResourceTags(Map.of("Backup", "Yes", "Env", "prod"));
        tags.delete(List.of(tag("Backup", null)), true);
        assertThat(tags.asMap()).containsOnlyKeys("Env");
    }

    @Test
    void deleteByKeyAndValueRemovesOnlyAnEqualValue() {
        ResourceTags tags = new ResourceTags(Map.of("Backup", "Yes", "Env", "", "Role", "web"));
        tags.delete(List.of(tag("Backup", "No"), tag("Env", ""), tag("Role", "web")), true);
        assertThat(tags.asMap()).containsOnlyKeys("Backup");
    }

    @Test
    void deleteWithoutTagsRemovesEveryUserTagButNotAwsOnes() {
        ResourceTags tags = new ResourceTags(Map.of("Backup", "Yes", "aws:dlm:lifecycle-policy-id", "policy-1"));
        tags.delete(List.of(), false);
        assertThat(tags.asMap()).containsOnlyKeys("aws:dlm:lifecycle-policy-id");
    }

    @Test
    void aNullValueIsStoredAsEmpty() {
        ResourceTags tags = new ResourceTags();
        tags.put(List.of(tag("Backup", null)));
        assertThat(tags.asMap()).containsEntry("Backup", "");
    }
}
