package io.lifeboat.aws.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AwsEnvironmentTest {

    private static AwsEnvironment read(Map<String, String> env, Map<String, String> properties) {
        return AwsEnvironment.from(env::get, properties::get, Optional::empty);
    }

    /** The bug this replaces: the SDK's AWS_PROFILE setting answers "default" when the variable is unset. */
    @Test
    void anUnsetOrBlankAwsProfileIsNoProfile() {
        assertThat(read(Map.of(), Map.of()).profile()).isEmpty();
        assertThat(read(Map.of("AWS_PROFILE", " "), Map.of()).profile()).isEmpty();
        assertThat(read(Map.of("AWS_PROFILE", "ops"), Map.of()).profile()).contains("ops");
    }

    @Test
    void exportedKeysNeedBothHalves() {
        assertThat(read(Map.of("AWS_ACCESS_KEY_ID", "AKIA1"), Map.of()).accessKeys()).isFalse();
        assertThat(read(Map.of("AWS_ACCESS_KEY_ID", "AKIA1", "AWS_SECRET_ACCESS_KEY", "s"), Map.of()).accessKeys()).isTrue();
        assertThat(read(Map.of(), Map.of("aws.accessKeyId", "AKIA1", "aws.secretAccessKey", "s")).accessKeys()).isTrue();
    }

    @Test
    void systemPropertiesBeforeVariablesAndAwsDefaultRegionToo() {
        AwsEnvironment env = read(Map.of("AWS_REGION", "eu-west-1", "AWS_DEFAULT_REGION", "eu-west-2",
                "AWS_PROFILE", "a", "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "/v2/credentials/x"),
                Map.of("aws.region", "eu-west-3", "aws.profile", "b"));

        assertThat(env.region()).contains("eu-west-3");
        assertThat(env.defaultRegion()).contains("eu-west-2");
        assertThat(env.profile()).contains("b");
        assertThat(env.otherSources()).isTrue();
    }
}
