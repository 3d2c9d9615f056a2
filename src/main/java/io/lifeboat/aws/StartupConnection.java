package io.lifeboat.aws;

import io.lifeboat.aws.credentials.AwsProfile;
import io.lifeboat.aws.credentials.ProfileCatalog;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Decides what to connect to at start-up, as an ops engineer would expect: the sandbox when asked
 * for or when nothing is configured; otherwise the named profile, then {@code AWS_PROFILE}, then the
 * connection used last time, then a {@code default} profile that holds credentials, then credentials in
 * the environment (the SDK's default chain).
 * Region: {@code --region}, then {@code AWS_REGION}, then the profile's region, then us-east-1.
 */
public final class StartupConnection {

    public static final String FALLBACK_REGION = "us-east-1";

    /** What was given on the command line; any field may be null. */
    public record Request(String profile, String region, URI endpoint, boolean sandbox, boolean readOnly) {
    }

    private StartupConnection() {
    }

    public static ConnectionSpec choose(Request request, ProfileCatalog catalog, Optional<ConnectionSpec> lastUsed,
                                        Optional<String> envProfile, Optional<String> envRegion, boolean envCredentials) {
        if (request.sandbox()) {
            return ConnectionSpec.sandbox(request.region(), request.readOnly());
        }
        List<AwsProfile> profiles = catalog.profiles();
        Optional<String> profile = Optional.ofNullable(request.profile()).or(() -> envProfile);
        if (profile.isEmpty() && lastUsed.isPresent() && request.endpoint() == null) {
            ConnectionSpec last = lastUsed.get();
            boolean stillThere = last.kind() != ConnectionSpec.Kind.PROFILE
                    || profiles.stream().anyMatch(p -> p.name().equals(last.profile()));
            if (stillThere) {
                String region = Optional.ofNullable(request.region()).orElse(last.region());
                return new ConnectionSpec(last.kind(), last.profile(), region, last.endpoint(),
                        request.readOnly() || last.readOnly());
            }
        }
        Optional<AwsProfile> defaultProfile = catalog.find("default");
        if (profile.isEmpty() && defaultProfile.map(p -> p.kind() != AwsProfile.Kind.SETTINGS_ONLY).orElse(false)) {
            profile = Optional.of("default");
        }
        if (profile.isPresent()) {
            String name = profile.get();
            String region = Optional.ofNullable(request.region()).or(() -> envRegion)
                    .or(() -> catalog.find(name).map(AwsProfile::region)).orElse(FALLBACK_REGION);
            return ConnectionSpec.profile(name, region, request.endpoint(), request.readOnly());
        }
        if (envCredentials || request.endpoint() != null) {
            String region = Optional.ofNullable(request.region()).or(() -> envRegion)
                    .or(() -> defaultProfile.map(AwsProfile::region)).orElse(FALLBACK_REGION);
            return ConnectionSpec.defaultChain(region, request.endpoint(), request.readOnly());
        }
        return ConnectionSpec.sandbox(request.region(), request.readOnly());
    }
}
