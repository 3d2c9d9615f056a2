package io.lifeboat.aws.credentials;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileProperty;

/**
 * The user's profiles, read with the SDK's own parser from {@code ~/.aws/config} and
 * {@code ~/.aws/credentials} (or {@code AWS_CONFIG_FILE} / {@code AWS_SHARED_CREDENTIALS_FILE}).
 * Lifeboat only reads these files; it never writes credentials anywhere.
 */
public final class ProfileCatalog {

    private final Supplier<ProfileFile> files;

    public ProfileCatalog(Supplier<ProfileFile> files) {
        this.files = files;
    }

    public static ProfileCatalog fromEnvironment() {
        return new ProfileCatalog(ProfileFile::defaultProfileFile);
    }

    public List<AwsProfile> profiles() {
        ProfileFile file = files.get();
        List<AwsProfile> result = new ArrayList<>();
        for (Profile profile : file.profiles().values()) {
            result.add(describe(profile));
        }
        result.sort(Comparator.comparing((AwsProfile p) -> !p.name().equals("default")).thenComparing(AwsProfile::name));
        return result;
    }

    public Optional<AwsProfile> find(String name) {
        return files.get().profile(name).map(ProfileCatalog::describe);
    }

    static AwsProfile describe(Profile profile) {
        String region = profile.property(ProfileProperty.REGION).orElse(null);
        boolean mfa = profile.property(ProfileProperty.MFA_SERIAL).isPresent();
        Optional<String> ssoSession = profile.property("sso_session");
        Optional<String> ssoUrl = profile.property(ProfileProperty.SSO_START_URL);
        if (ssoSession.isPresent() || ssoUrl.isPresent()) {
            return new AwsProfile(profile.name(), AwsProfile.Kind.SSO, region,
                    ssoSession.map(s -> "sso-session " + s).orElseGet(ssoUrl::get), mfa);
        }
        Optional<String> role = profile.property(ProfileProperty.ROLE_ARN);
        if (role.isPresent()) {
            AwsProfile.Kind kind = profile.property(ProfileProperty.WEB_IDENTITY_TOKEN_FILE).isPresent()
                    ? AwsProfile.Kind.WEB_IDENTITY : AwsProfile.Kind.ASSUME_ROLE;
            String source = profile.property(ProfileProperty.SOURCE_PROFILE).map(s -> " via " + s)
                    .or(() -> profile.property(ProfileProperty.CREDENTIAL_SOURCE).map(s -> " via " + s)).orElse("");
            return new AwsProfile(profile.name(), kind, region, role.get() + source, mfa);
        }
        Optional<String> process = profile.property(ProfileProperty.CREDENTIAL_PROCESS);
        if (process.isPresent()) {
            return new AwsProfile(profile.name(), AwsProfile.Kind.CREDENTIAL_PROCESS, region, process.get(), mfa);
        }
        if (profile.property(ProfileProperty.AWS_ACCESS_KEY_ID).isPresent()) {
            return new AwsProfile(profile.name(), AwsProfile.Kind.STATIC_KEYS, region, "", mfa);
        }
        return new AwsProfile(profile.name(), AwsProfile.Kind.SETTINGS_ONLY, region, "", mfa);
    }
}
