package io.lifeboat.aws.credentials;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.profiles.ProfileFile;

import static org.assertj.core.api.Assertions.assertThat;

public class ProfileCatalogTest {

    public static final String CONFIG = """
            [default]
            region = eu-west-3

            [profile sso-admin]
            sso_session = corp
            sso_account_id = 111111111111
            sso_role_name = Admin
            region = eu-west-1

            [sso-session corp]
            sso_start_url = https://corp.awsapps.com/start
            sso_region = eu-west-1

            [profile legacy-sso]
            sso_start_url = https://old.awsapps.com/start
            sso_region = us-east-1
            sso_account_id = 222222222222
            sso_role_name = ReadOnly

            [profile prod]
            role_arn = arn:aws:iam::333333333333:role/Ops
            source_profile = default
            mfa_serial = arn:aws:iam::444444444444:mfa/alice

            [profile ci]
            role_arn = arn:aws:iam::333333333333:role/Ci
            credential_source = Environment

            [profile vault]
            credential_process = aws-vault export --format=json prod
            """;

    static final String CREDENTIALS = """
            [default]
            aws_access_key_id = AKIAEXAMPLE
            aws_secret_access_key = secret
            """;

    public static ProfileCatalog catalog(Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("config"), CONFIG);
        Path credentials = Files.writeString(dir.resolve("credentials"), CREDENTIALS);
        return new ProfileCatalog(() -> ProfileFile.aggregator()
                .addFile(ProfileFile.builder().content(config).type(ProfileFile.Type.CONFIGURATION).build())
                .addFile(ProfileFile.builder().content(credentials).type(ProfileFile.Type.CREDENTIALS).build())
                .build());
    }

    @Test
    void everyKindOfProfileIsRecognised(@TempDir Path dir) throws Exception {
        ProfileCatalog catalog = catalog(dir);

        assertThat(catalog.profiles()).extracting(AwsProfile::name)
                .containsExactly("default", "ci", "legacy-sso", "prod", "sso-admin", "vault");
        assertThat(catalog.find("default")).get().extracting(AwsProfile::kind, AwsProfile::region)
                .containsExactly(AwsProfile.Kind.STATIC_KEYS, "eu-west-3");
        assertThat(catalog.find("sso-admin")).get().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(AwsProfile.Kind.SSO);
            assertThat(p.detail()).isEqualTo("sso-session corp");
        });
        assertThat(catalog.find("legacy-sso").map(AwsProfile::detail)).contains("https://old.awsapps.com/start");
        assertThat(catalog.find("prod")).get().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(AwsProfile.Kind.ASSUME_ROLE);
            assertThat(p.detail()).isEqualTo("arn:aws:iam::333333333333:role/Ops via default");
            assertThat(p.mfa()).isTrue();
        });
        assertThat(catalog.find("ci").map(AwsProfile::detail)).contains("arn:aws:iam::333333333333:role/Ci via Environment");
        assertThat(catalog.find("vault").map(AwsProfile::kind)).contains(AwsProfile.Kind.CREDENTIAL_PROCESS);
        assertThat(catalog.find("nope")).isEqualTo(Optional.empty());
    }
}
