package io.lifeboat.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.aws.StartupConnection.Choice;
import io.lifeboat.aws.StartupConnection.Request;
import io.lifeboat.aws.credentials.AwsEnvironment;
import io.lifeboat.aws.credentials.ProfileCatalog;
import io.lifeboat.aws.credentials.ProfileCatalogTest;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * The AWS CLI's order, decided without connecting. The catalog's {@code default} profile has keys and
 * region eu-west-3; {@code sso-admin} is in eu-west-1; {@code prod} has no region.
 */
class StartupConnectionTest {

    private static final Request NOTHING = new Request(null, null, null, false, false);
    private static final ProfileCatalog NO_PROFILES = new ProfileCatalog(() -> ProfileFile.aggregator().build());
    private static final AwsEnvironment CLEAN = AwsEnvironment.empty();
    private static final AwsEnvironment KEYS = CLEAN.withAccessKeys(true);

    @TempDir
    Path dir;

    private ProfileCatalog profiles() throws Exception {
        return ProfileCatalogTest.catalog(dir);
    }

    private static Request profile(String name) {
        return new Request(name, null, null, false, false);
    }

    @Test
    void theNamedProfileBeatsExportedKeys() throws Exception {
        assertThat(StartupConnection.forCommandLine(profile("prod"), profiles(), KEYS.withProfile("ci")).spec())
                .extracting(ConnectionSpec::kind, ConnectionSpec::profile)
                .containsExactly(ConnectionSpec.Kind.PROFILE, "prod");
    }

    @Test
    void exportedKeysBeatAwsProfileAndTheDefaultProfile() throws Exception {
        Choice choice = StartupConnection.forCommandLine(NOTHING, profiles(), KEYS.withProfile("sso-admin"));

        assertThat(choice.spec().kind()).isEqualTo(ConnectionSpec.Kind.DEFAULT_CHAIN);
        // The region of the profile AWS_PROFILE names, as the AWS CLI reads it alongside exported keys.
        assertThat(choice.spec().region()).isEqualTo("eu-west-1");
        assertThat(StartupConnection.forDesktop(NOTHING, profiles(),
                Optional.of(ConnectionSpec.profile("vault", "ap-south-1", null, false)), KEYS).spec().kind())
                .isEqualTo(ConnectionSpec.Kind.DEFAULT_CHAIN);
    }

    @Test
    void awsProfileThenTheDefaultProfile() throws Exception {
        assertThat(StartupConnection.forCommandLine(NOTHING, profiles(), CLEAN.withProfile("ci")).spec().profile())
                .isEqualTo("ci");
        assertThat(StartupConnection.forCommandLine(NOTHING, profiles(), CLEAN).spec())
                .isEqualTo(ConnectionSpec.profile("default", "eu-west-3", null, false));
    }

    @Test
    void theDesktopRemembersTheLastConnectionAfterTheEnvironmentAndBeforeDefault() throws Exception {
        ConnectionSpec last = ConnectionSpec.profile("vault", "ap-south-1", null, false);

        assertThat(StartupConnection.forDesktop(NOTHING, profiles(), Optional.of(last), CLEAN.withProfile("ci"))
                .spec().profile()).isEqualTo("ci");
        assertThat(StartupConnection.forDesktop(NOTHING, profiles(), Optional.of(last), CLEAN).spec()).isEqualTo(last);
        assertThat(StartupConnection.forCommandLine(NOTHING, profiles(), CLEAN).spec().profile()).isEqualTo("default");
    }

    @Test
    void nothingConfiguredOnTheCommandLineTriesTheRestOfTheChainNeverTheSandbox() {
        Choice choice = StartupConnection.forCommandLine(NOTHING, NO_PROFILES, CLEAN.withRegions(null, "eu-north-1"));

        assertThat(choice.spec()).isEqualTo(ConnectionSpec.defaultChain("eu-north-1", null, false));
        assertThat(choice.warning()).isNull();
    }

    @Test
    void nothingConfiguredOnTheDesktopOpensTheSandboxAndSaysWhy() {
        Choice choice = StartupConnection.forDesktop(NOTHING, NO_PROFILES, Optional.empty(), CLEAN);

        assertThat(choice.spec()).isEqualTo(ConnectionSpec.sandbox(null, false));
        assertThat(choice.warning()).startsWith("No AWS credentials were found").contains("AWS_PROFILE")
                .contains("sandbox");
    }

    @Test
    void theDesktopUsesWebIdentityOrContainerCredentialsWhenConfigured() {
        assertThat(StartupConnection.forDesktop(NOTHING, NO_PROFILES, Optional.empty(),
                CLEAN.withOtherSources(true).withRegions("eu-west-1", null)).spec())
                .isEqualTo(ConnectionSpec.defaultChain("eu-west-1", null, false));
    }

    @Test
    void theSandboxWhenAskedEvenWithKeysAndProfiles() throws Exception {
        assertThat(StartupConnection.forCommandLine(new Request("prod", "us-east-1", null, true, true), profiles(),
                KEYS).spec()).isEqualTo(ConnectionSpec.sandbox("us-east-1", true));
    }

    @Test
    void regionFromTheOptionThenAwsRegionThenAwsDefaultRegionThenTheProfile() throws Exception {
        ProfileCatalog catalog = profiles();
        AwsEnvironment both = CLEAN.withRegions("eu-central-1", "ca-central-1");

        assertThat(StartupConnection.forCommandLine(new Request("sso-admin", "us-west-2", null, false, false), catalog,
                both).spec().region()).isEqualTo("us-west-2");
        assertThat(StartupConnection.forCommandLine(profile("sso-admin"), catalog, both).spec().region())
                .isEqualTo("eu-central-1");
        assertThat(StartupConnection.forCommandLine(profile("sso-admin"), catalog, CLEAN.withRegions(null, "ca-central-1"))
                .spec().region()).isEqualTo("ca-central-1");
        assertThat(StartupConnection.forCommandLine(profile("sso-admin"), catalog, CLEAN).spec().region())
                .isEqualTo("eu-west-1");
    }

    @Test
    void thenTheInstancesOwnRegionOnlyWhenNothingElseNamesOne() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        AwsEnvironment onEc2 = CLEAN.withInstanceRegion(() -> {
            asked.incrementAndGet();
            return Optional.of("ap-southeast-2");
        });

        assertThat(StartupConnection.forCommandLine(profile("sso-admin"), profiles(), onEc2).spec().region())
                .isEqualTo("eu-west-1");
        assertThat(asked).hasValue(0);
        Choice prod = StartupConnection.forCommandLine(profile("prod"), profiles(), onEc2);
        assertThat(prod.spec().region()).isEqualTo("ap-southeast-2");
        assertThat(prod.warning()).isNull();
    }

    @Test
    void usEast1LastAndWithAWarning() throws Exception {
        Choice choice = StartupConnection.forCommandLine(profile("prod"), profiles(), CLEAN);

        assertThat(choice.spec().region()).isEqualTo("us-east-1");
        assertThat(choice.warning()).startsWith("No region given").contains("AWS_REGION").contains("us-east-1");
    }

    @Test
    void anEndpointAloneUsesTheChain() {
        URI moto = URI.create("http://127.0.0.1:5000");

        assertThat(StartupConnection.forDesktop(new Request(null, "eu-west-3", moto, false, true), NO_PROFILES,
                Optional.empty(), CLEAN).spec()).isEqualTo(ConnectionSpec.defaultChain("eu-west-3", moto, true));
    }

    @Test
    void aRememberedProfileThatIsGoneIsNotUsed() {
        ConnectionSpec gone = ConnectionSpec.profile("deleted", "eu-west-1", null, false);

        assertThat(StartupConnection.forDesktop(NOTHING, NO_PROFILES, Optional.of(gone), CLEAN).spec().kind())
                .isEqualTo(ConnectionSpec.Kind.SANDBOX);
    }
}
