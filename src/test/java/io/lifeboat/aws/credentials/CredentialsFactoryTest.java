package io.lifeboat.aws.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeboat.aws.ConnectionSpec;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * The AWS CLI's rule for a profile that is reached without --profile: a configured one is the answer
 * (its failure is the message), an absent or region-only one is passed over.
 */
class CredentialsFactoryTest {

    private static final ConnectionSpec SPEC = ConnectionSpec.defaultChain("eu-west-3", null, false);

    private String metadataSetting;

    @BeforeEach
    void noInstanceMetadata() {
        // The chain's last step asks instance metadata; off an EC2 instance that only costs time.
        metadataSetting = System.setProperty("aws.disableEc2Metadata", "true");
    }

    @AfterEach
    void restore() {
        if (metadataSetting == null) {
            System.clearProperty("aws.disableEc2Metadata");
        } else {
            System.setProperty("aws.disableEc2Metadata", metadataSetting);
        }
    }

    @Test
    void aDefaultProfileWithCredentialSettingsThatFailIsReportedNotPassedOver() {
        CredentialChain chain = factory("""
                [default]
                credential_process = /bin/false
                """, AwsEnvironment.empty()).awsCliOrder(SPEC);

        assertThatThrownBy(chain::resolveCredentials)
                .hasMessageNotContaining("from any source")
                .hasMessageContaining("process-based credentials");
    }

    @Test
    void aDefaultProfileWithOnlyARegionIsPassedOver() {
        CredentialChain chain = factory("""
                [default]
                region = eu-west-3
                """, AwsEnvironment.empty()).awsCliOrder(SPEC);

        assertThatThrownBy(chain::resolveCredentials)
                .hasMessageContaining("from any source")
                .hasMessageContaining("EC2 instance role");
    }

    @Test
    void aProfileNamedByAwsProfileThatIsNotThereIsReported() {
        CredentialChain chain = factory("""
                [default]
                region = eu-west-3
                """, AwsEnvironment.empty().withProfile("prod")).awsCliOrder(SPEC);

        assertThatThrownBy(chain::resolveCredentials)
                .hasMessageNotContaining("from any source")
                .hasMessageContaining("prod");
    }

    @Test
    void aWorkingDefaultProfileIsTheSource() {
        CredentialChain chain = factory("""
                [default]
                aws_access_key_id = AKIDEXAMPLE
                aws_secret_access_key = secret
                """, AwsEnvironment.empty()).awsCliOrder(SPEC);

        assertThat(chain.resolveCredentials().accessKeyId()).isEqualTo("AKIDEXAMPLE");
        assertThat(chain.source()).isEqualTo("profile default");
    }

    private static CredentialsFactory factory(String config, AwsEnvironment environment) {
        ProfileFile file = ProfileFile.builder().type(ProfileFile.Type.CONFIGURATION)
                .content(new ByteArrayInputStream(config.getBytes(StandardCharsets.UTF_8))).build();
        return new CredentialsFactory(() -> file, null, environment);
    }
}
