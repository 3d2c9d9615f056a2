package io.lifeboat.aws;

import io.lifeboat.aws.credentials.AwsEnvironment;
import io.lifeboat.aws.credentials.AwsProfile;
import io.lifeboat.aws.credentials.ProfileCatalog;
import java.net.URI;
import java.util.Optional;

/**
 * Decides what to connect to, in the AWS CLI's order.
 *
 * <p>Credentials: {@code --profile}; exported keys ({@code AWS_ACCESS_KEY_ID} and
 * {@code AWS_SECRET_ACCESS_KEY}); {@code AWS_PROFILE}; (the desktop: the connection used last time);
 * the {@code default} profile; then the rest of the SDK's chain (web identity, container credentials,
 * the EC2 instance role). The command line never falls back to the sandbox: with nothing found it
 * tries the chain and fails with the fix. The desktop opens the sandbox instead, and says why.
 *
 * <p>Region: {@code --region}; {@code AWS_REGION}; {@code AWS_DEFAULT_REGION}; the profile's (for
 * exported keys, that of {@code AWS_PROFILE} or {@code default}); this EC2 instance's own region
 * (instance metadata, command line only); only then us-east-1, with a warning.
 */
public final class StartupConnection {

    public static final String FALLBACK_REGION = "us-east-1";

    /** What was given on the command line; any field may be null. */
    public record Request(String profile, String region, URI endpoint, boolean sandbox, boolean readOnly) {
    }

    /** The connection to open, and a warning to show when it was chosen by a fallback ({@code null} if none). */
    public record Choice(ConnectionSpec spec, String warning) {
    }

    private StartupConnection() {
    }

    /** For a command: explicit, never the sandbox unless {@code --sandbox}; nothing remembered. */
    public static Choice forCommandLine(Request request, ProfileCatalog catalog, AwsEnvironment env) {
        return explicit(request, catalog, env)
                .or(() -> defaultProfile(request, catalog, env))
                .orElseGet(() -> chain(request, catalog, env));
    }

    /** For the desktop: also the connection used last time, and the sandbox when nothing is configured. */
    public static Choice forDesktop(Request request, ProfileCatalog catalog, Optional<ConnectionSpec> lastUsed,
                                    AwsEnvironment env) {
        return explicit(request, catalog, env)
                .or(() -> remembered(request, catalog, lastUsed))
                .or(() -> defaultProfile(request, catalog, env))
                .or(() -> env.otherSources() || request.endpoint() != null
                        ? Optional.of(chain(request, catalog, env)) : Optional.empty())
                .orElseGet(() -> new Choice(ConnectionSpec.sandbox(request.region(), request.readOnly()),
                        "No AWS credentials were found (no --profile, AWS_ACCESS_KEY_ID, AWS_PROFILE or default "
                                + "profile), so Lifeboat opened the simulated sandbox account. Use Connection… to "
                                + "connect to AWS."));
    }

    private static Optional<Choice> explicit(Request request, ProfileCatalog catalog, AwsEnvironment env) {
        if (request.sandbox()) {
            return Optional.of(new Choice(ConnectionSpec.sandbox(request.region(), request.readOnly()), null));
        }
        if (request.profile() != null) {
            return Optional.of(profile(request.profile(), request, catalog, env));
        }
        if (env.accessKeys()) {
            return Optional.of(chain(request, catalog, env));
        }
        return env.profile().map(name -> profile(name, request, catalog, env));
    }

    private static Optional<Choice> remembered(Request request, ProfileCatalog catalog, Optional<ConnectionSpec> lastUsed) {
        if (lastUsed.isEmpty() || request.endpoint() != null) {
            return Optional.empty();
        }
        ConnectionSpec last = lastUsed.get();
        boolean stillThere = last.kind() != ConnectionSpec.Kind.PROFILE || catalog.find(last.profile()).isPresent();
        if (!stillThere) {
            return Optional.empty();
        }
        String region = Optional.ofNullable(request.region()).orElse(last.region());
        return Optional.of(new Choice(new ConnectionSpec(last.kind(), last.profile(), region, last.endpoint(),
                request.readOnly() || last.readOnly()), null));
    }

    private static Optional<Choice> defaultProfile(Request request, ProfileCatalog catalog, AwsEnvironment env) {
        boolean hasCredentials = catalog.find("default").map(AwsProfile::carriesCredentials).orElse(false);
        return hasCredentials ? Optional.of(profile("default", request, catalog, env)) : Optional.empty();
    }

    private static Choice profile(String name, Request request, ProfileCatalog catalog, AwsEnvironment env) {
        Region region = region(request, name, catalog, env);
        return new Choice(ConnectionSpec.profile(name, region.id(), request.endpoint(), request.readOnly()), region.warning());
    }

    /** Exported keys, or whatever the rest of the chain finds; the region from AWS_PROFILE's or default's profile. */
    private static Choice chain(Request request, ProfileCatalog catalog, AwsEnvironment env) {
        Region region = region(request, env.profile().orElse("default"), catalog, env);
        return new Choice(ConnectionSpec.defaultChain(region.id(), request.endpoint(), request.readOnly()), region.warning());
    }

    private record Region(String id, String warning) {
    }

    private static Region region(Request request, String profileName, ProfileCatalog catalog, AwsEnvironment env) {
        Optional<String> found = Optional.ofNullable(request.region())
                .or(env::region)
                .or(env::defaultRegion)
                .or(() -> catalog.find(profileName).map(AwsProfile::region).filter(r -> !r.isBlank()))
                .or(env.instanceRegion());
        return found.map(id -> new Region(id, null)).orElseGet(() -> new Region(FALLBACK_REGION,
                "No region given (--region, AWS_REGION, AWS_DEFAULT_REGION, the profile's region or this instance's): "
                        + "using " + FALLBACK_REGION + "."));
    }
}
