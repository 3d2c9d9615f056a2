package io.lifeboat.aws;

import io.lifeboat.aws.credentials.MfaCodePrompt;
import io.lifeboat.testing.ContractTest;
import io.lifeboat.testing.MotoExtension.Moto;
import io.lifeboat.testing.MotoFront;
import io.lifeboat.testing.MotoIam;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.profiles.ProfileFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Connecting with the user's own profiles, through the SDK's providers, against Moto's STS: static
 * keys, a role with MFA (asked for by Lifeboat, as the SDK cannot), and the failures a user meets,
 * each with its fix.
 */
@ContractTest
class ConnectionContractTest {

    private static final String CONFIG = """
            [default]
            region = eu-west-3

            [profile ops-mfa]
            role_arn = arn:aws:iam::123456789012:role/Ops
            source_profile = default
            mfa_serial = arn:aws:iam::123456789012:mfa/alice
            region = eu-west-3

            [profile sso-admin]
            sso_session = corp
            sso_account_id = 123456789012
            sso_role_name = Admin
            region = eu-west-1

            [sso-session corp]
            sso_start_url = https://corp.awsapps.com/start
            sso_region = eu-west-1

            [profile broken-process]
            credential_process = false
            """;
    private static final String CREDENTIALS = """
            [default]
            aws_access_key_id = AKIAIOSFODNN7EXAMPLE
            aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
            """;

    private ProfileFile profiles;
    private URI endpoint;

    @BeforeEach
    void profiles(@TempDir Path dir, Moto moto) throws Exception {
        Path config = Files.writeString(dir.resolve("config"), CONFIG);
        Path credentials = Files.writeString(dir.resolve("credentials"), CREDENTIALS);
        profiles = ProfileFile.aggregator()
                .addFile(ProfileFile.builder().content(config).type(ProfileFile.Type.CONFIGURATION).build())
                .addFile(ProfileFile.builder().content(credentials).type(ProfileFile.Type.CREDENTIALS).build())
                .build();
        endpoint = moto.server().endpoint();
    }

    private Connector connector(MfaCodePrompt mfa) {
        return Connector.builder().profileFiles(() -> profiles).mfa(mfa).tuning(ClientTuning.noRetries()).build();
    }

    @Test
    void aProfileWithKeysConnectsAndAsksStsWhoWeAre() {
        try (Connection connection = connector(MfaCodePrompt.NONE)
                .connect(ConnectionSpec.profile("default", "eu-west-3", endpoint, false))) {
            assertThat(connection.identity().account()).isEqualTo("123456789012");
            assertThat(connection.mode()).isEqualTo(Mode.LIVE);
            assertThat(connection.profileLabel()).isEqualTo("default");
        }
    }

    @Test
    void aRoleWithMfaAsksForTheCodeAndAssumesTheRole() {
        AtomicInteger asked = new AtomicInteger();
        MfaCodePrompt prompt = (profile, serial) -> {
            asked.incrementAndGet();
            assertThat(profile).isEqualTo("ops-mfa");
            assertThat(serial).isEqualTo("arn:aws:iam::123456789012:mfa/alice");
            return "123456";
        };
        try (Connection connection = connector(prompt).connect(ConnectionSpec.profile("ops-mfa", "eu-west-3", endpoint, true))) {
            assertThat(asked).hasValue(1);
            assertThat(connection.identity().arn()).contains("assumed-role/Ops");
            assertThat(connection.mode()).isEqualTo(Mode.READ_ONLY);
        }
    }

    /**
     * Static keys with mfa_serial: the code buys session credentials (GetSessionToken) and those sign the
     * calls. Moto answers GetCallerIdentity for its fixed session key with the account root, not the user.
     */
    @Test
    void staticKeysWithMfaGetASessionTokenWithTheCode(@TempDir Path dir, Moto moto) throws Exception {
        AwsBasicCredentials alice = MotoIam.user(endpoint, "alice");
        Path config = Files.writeString(dir.resolve("mfa-config"), """
                [profile alice-mfa]
                aws_access_key_id = %s
                aws_secret_access_key = %s
                mfa_serial = arn:aws:iam::123456789012:mfa/alice
                """.formatted(alice.accessKeyId(), alice.secretAccessKey()));
        profiles = ProfileFile.builder().content(config).type(ProfileFile.Type.CONFIGURATION).build();
        List<String> asked = new ArrayList<>();
        try (MotoFront front = MotoFront.start(endpoint);
             Connection connection = connector((profile, serial) -> {
                 asked.add(profile + " " + serial);
                 return "654321";
             }).connect(ConnectionSpec.profile("alice-mfa", "eu-west-3", front.endpoint(), false))) {

            assertThat(asked).containsExactly("alice-mfa arn:aws:iam::123456789012:mfa/alice");
            assertThat(front.requests()).filteredOn(r -> r.action().equals("GetSessionToken")).singleElement()
                    .satisfies(r -> assertThat(r.form()).containsEntry("SerialNumber", "arn:aws:iam::123456789012:mfa/alice")
                            .containsEntry("TokenCode", "654321"));
            assertThat(connection.identity().arn()).doesNotEndWith("user/alice");
            assertThat(connection.credentialSource()).isEqualTo("profile alice-mfa");
        }
    }

    @Test
    void declinedMfaIsAClearProblem() {
        assertThatThrownBy(() -> connector(MfaCodePrompt.NONE)
                .connect(ConnectionSpec.profile("ops-mfa", "eu-west-3", endpoint, false)))
                .isInstanceOfSatisfying(ConnectionFailedException.class, e -> {
                    assertThat(e.problem().kind()).isEqualTo(Problem.Kind.MFA_NEEDED);
                    assertThat(e.problem().message()).contains("arn:aws:iam::123456789012:role/Ops");
                });
    }

    @Test
    void anSsoProfileWithoutALoginSaysWhichCommandToRun() {
        assertThatThrownBy(() -> connector(MfaCodePrompt.NONE)
                .connect(ConnectionSpec.profile("sso-admin", "eu-west-1", endpoint, false)))
                .isInstanceOfSatisfying(ConnectionFailedException.class, e -> {
                    assertThat(e.problem().kind()).isEqualTo(Problem.Kind.SSO_LOGIN_NEEDED);
                    assertThat(e.problem().fix()).isEqualTo("Run: aws sso login --profile sso-admin");
                });
    }

    @Test
    void aFailingCredentialProcessIsNamed() {
        assertThatThrownBy(() -> connector(MfaCodePrompt.NONE)
                .connect(ConnectionSpec.profile("broken-process", "eu-west-3", endpoint, false)))
                .isInstanceOfSatisfying(ConnectionFailedException.class, e ->
                        assertThat(e.problem().kind()).isEqualTo(Problem.Kind.CREDENTIALS_INVALID));
    }

    @Test
    void anUnknownProfileSaysHowToConfigureIt() {
        assertThatThrownBy(() -> connector(MfaCodePrompt.NONE)
                .connect(ConnectionSpec.profile("typo", "eu-west-3", endpoint, false)))
                .isInstanceOfSatisfying(ConnectionFailedException.class, e -> {
                    assertThat(e.problem().kind()).isEqualTo(Problem.Kind.CREDENTIALS_MISSING);
                    assertThat(e.problem().fix()).contains("aws configure --profile typo");
                });
    }

    @Test
    void anEndpointThatDoesNotAnswerIsANetworkProblem() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        URI nowhere = URI.create("http://127.0.0.1:" + closedPort);
        assertThatThrownBy(() -> connector(MfaCodePrompt.NONE)
                .connect(ConnectionSpec.profile("default", "eu-west-3", nowhere, false)))
                .isInstanceOfSatisfying(ConnectionFailedException.class, e -> {
                    assertThat(e.problem().kind()).isEqualTo(Problem.Kind.NETWORK);
                    assertThat(e.problem().fix()).contains("endpoint URL");
                });
    }
}
