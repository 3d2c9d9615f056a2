package io.lifeboat.aws;

import io.lifeboat.aws.credentials.ProfileCatalog;
import io.lifeboat.aws.credentials.ProfileCatalogTest;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.profiles.ProfileFile;

import static org.assertj.core.api.Assertions.assertThat;

class StartupConnectionTest {

    private static final StartupConnection.Request NOTHING = new StartupConnection.Request(null, null, null, false, false);
    private static final ProfileCatalog NO_PROFILES = new ProfileCatalog(() -> ProfileFile.aggregator().build());

    @Test
    void nothingConfiguredOpensTheSandbox() {
        ConnectionSpec spec = StartupConnection.choose(NOTHING, NO_PROFILES, Optional.empty(), Optional.empty(),
                Optional.empty(), false);

        assertThat(spec.kind()).isEqualTo(ConnectionSpec.Kind.SANDBOX);
        assertThat(spec.region()).isEqualTo("eu-west-3");
    }

    @Test
    void sandboxWhenAskedEvenWithProfiles(@TempDir Path dir) throws Exception {
        ConnectionSpec spec = StartupConnection.choose(new StartupConnection.Request("prod", "us-east-1", null, true, true),
                ProfileCatalogTest.catalog(dir), Optional.empty(), Optional.empty(), Optional.empty(), true);

        assertThat(spec).isEqualTo(ConnectionSpec.sandbox("us-east-1", true));
    }

    @Test
    void theNamedProfileThenAwsProfileThenTheLastConnectionThenDefault(@TempDir Path dir) throws Exception {
        ProfileCatalog catalog = ProfileCatalogTest.catalog(dir);
        ConnectionSpec last = ConnectionSpec.profile("vault", "ap-south-1", null, false);

        assertThat(StartupConnection.choose(new StartupConnection.Request("prod", null, null, false, false), catalog,
                Optional.of(last), Optional.of("ci"), Optional.empty(), false).profile()).isEqualTo("prod");
        assertThat(StartupConnection.choose(NOTHING, catalog, Optional.of(last), Optional.of("ci"), Optional.empty(),
                false).profile()).isEqualTo("ci");
        assertThat(StartupConnection.choose(NOTHING, catalog, Optional.of(last), Optional.empty(), Optional.empty(),
                false)).isEqualTo(last);
        assertThat(StartupConnection.choose(NOTHING, catalog, Optional.empty(), Optional.empty(), Optional.empty(),
                false).profile()).isEqualTo("default");
    }

    @Test
    void regionFromTheCommandLineThenTheEnvironmentThenTheProfile(@TempDir Path dir) throws Exception {
        ProfileCatalog catalog = ProfileCatalogTest.catalog(dir);

        assertThat(StartupConnection.choose(new StartupConnection.Request("sso-admin", "us-west-2", null, false, false),
                catalog, Optional.empty(), Optional.empty(), Optional.of("eu-central-1"), false).region()).isEqualTo("us-west-2");
        assertThat(StartupConnection.choose(new StartupConnection.Request("sso-admin", null, null, false, false),
                catalog, Optional.empty(), Optional.empty(), Optional.of("eu-central-1"), false).region()).isEqualTo("eu-central-1");
        assertThat(StartupConnection.choose(new StartupConnection.Request("sso-admin", null, null, false, false),
                catalog, Optional.empty(), Optional.empty(), Optional.empty(), false).region()).isEqualTo("eu-west-1");
        assertThat(StartupConnection.choose(new StartupConnection.Request("prod", null, null, false, false),
                catalog, Optional.empty(), Optional.empty(), Optional.empty(), false).region()).isEqualTo("us-east-1");
    }

    @Test
    void credentialsInTheEnvironmentOrAnEndpointUseTheDefaultChain() {
        assertThat(StartupConnection.choose(NOTHING, NO_PROFILES, Optional.empty(), Optional.empty(),
                Optional.of("eu-west-1"), true)).isEqualTo(ConnectionSpec.defaultChain("eu-west-1", null, false));
        URI moto = URI.create("http://127.0.0.1:5000");
        assertThat(StartupConnection.choose(new StartupConnection.Request(null, null, moto, false, true), NO_PROFILES,
                Optional.empty(), Optional.empty(), Optional.empty(), false))
                .isEqualTo(ConnectionSpec.defaultChain("us-east-1", moto, true));
    }

    @Test
    void aRememberedProfileThatIsGoneIsNotUsed() {
        ConnectionSpec gone = ConnectionSpec.profile("deleted", "eu-west-1", null, false);

        assertThat(StartupConnection.choose(NOTHING, NO_PROFILES, Optional.of(gone), Optional.empty(), Optional.empty(),
                false).kind()).isEqualTo(ConnectionSpec.Kind.SANDBOX);
    }
}
