package io.lifeboat.aws.credentials;

import io.lifeboat.aws.ConnectionSpec;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.InstanceProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.SystemPropertyCredentialsProvider;
import software.amazon.awssdk.auth.credentials.WebIdentityTokenFileCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileProperty;

/**
 * Credentials for a connection, always through the SDK's own providers (SSO, role_arn with
 * source_profile, credential_process, static keys, web identity, containers, the instance role). Two
 * additions: the order of a connection without a named profile is the AWS CLI's ({@link CredentialChain}),
 * and MFA ({@code mfa_serial}) is asked for, which the SDK v2 profile provider does not do
 * (aws-sdk-java-v2#995): see {@link MfaCredentials}.
 */
public final class CredentialsFactory {

    private final Supplier<ProfileFile> files;
    private final MfaCodePrompt mfa;
    private final AwsEnvironment environment;

    public CredentialsFactory(Supplier<ProfileFile> files, MfaCodePrompt mfa, AwsEnvironment environment) {
        this.files = files;
        this.mfa = mfa;
        this.environment = environment;
    }

    public CredentialChain forSpec(ConnectionSpec spec) {
        return switch (spec.kind()) {
            case DEFAULT_CHAIN -> awsCliOrder(spec);
            case PROFILE -> CredentialChain.of("profile " + spec.profile(), () -> forProfile(spec.profile(), spec));
            case SANDBOX -> throw new IllegalArgumentException("The sandbox needs no credentials");
        };
    }

    /**
     * Exported keys, then AWS_PROFILE's (or default's) profile, then web identity, container, instance role.
     * As with the AWS CLI, a profile named by AWS_PROFILE, or a default profile that carries credential
     * settings, is the answer once reached: its failure (an expired SSO session, a wrong role) is reported
     * rather than passed over to instance metadata. A default profile holding only a region is passed over.
     */
    CredentialChain awsCliOrder(ConnectionSpec spec) {
        String profile = environment.profile().orElse("default");
        CredentialChain.Builder chain = CredentialChain.builder()
                .then("system properties (aws.accessKeyId)", SystemPropertyCredentialsProvider::create)
                .then("environment (AWS_ACCESS_KEY_ID)", EnvironmentVariableCredentialsProvider::create);
        Supplier<AwsCredentialsProvider> fromProfile = () -> forProfile(profile, spec);
        if (environment.profile().isPresent() || carriesCredentials(profile)) {
            chain.thenDecisive("profile " + profile, fromProfile);
        } else {
            chain.then("profile " + profile, fromProfile);
        }
        return chain
                .then("web identity (AWS_WEB_IDENTITY_TOKEN_FILE)", WebIdentityTokenFileCredentialsProvider::create)
                .then("container credentials", () -> ContainerCredentialsProvider.builder().build())
                .then("EC2 instance role", () -> InstanceProfileCredentialsProvider.builder().build())
                .build();
    }

    private boolean carriesCredentials(String name) {
        return files.get().profile(name).map(ProfileCatalog::describe).map(AwsProfile::carriesCredentials).orElse(false);
    }

    private AwsCredentialsProvider forProfile(String name, ConnectionSpec spec) {
        ProfileFile file = files.get();
        Profile profile = file.profile(name).orElseThrow(() -> SdkClientException.create(
                "Profile " + name + " contained no credentials: it is not in ~/.aws/config or ~/.aws/credentials"));
        Optional<String> serial = profile.property(ProfileProperty.MFA_SERIAL);
        if (serial.isPresent() && profile.property(ProfileProperty.ROLE_ARN).isPresent()) {
            return new MfaCredentials(files, mfa, spec).assumeRole(profile, serial.get());
        }
        if (serial.isPresent() && profile.property(ProfileProperty.AWS_ACCESS_KEY_ID).isPresent()) {
            return new MfaCredentials(files, mfa, spec).sessionToken(profile, serial.get());
        }
        return ProfileCredentialsProvider.builder().profileFile(file).profileName(name).build();
    }
}
