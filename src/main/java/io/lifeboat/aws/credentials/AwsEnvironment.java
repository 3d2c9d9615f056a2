package io.lifeboat.aws.credentials;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.regions.providers.InstanceProfileRegionProvider;

/**
 * What the process environment says about AWS, read the way the AWS CLI reads it: each value from a
 * JVM system property ({@code aws.profile}, {@code aws.region}, {@code aws.accessKeyId}) or its
 * environment variable. Unset and blank are the same. Unlike the SDK's
 * {@code ProfileFileSystemSetting.AWS_PROFILE}, an unset {@code AWS_PROFILE} is empty, not "default".
 *
 * @param profile {@code AWS_PROFILE}
 * @param region {@code AWS_REGION}
 * @param defaultRegion {@code AWS_DEFAULT_REGION} (the AWS CLI's; the SDK does not read it)
 * @param accessKeys whether {@code AWS_ACCESS_KEY_ID} and {@code AWS_SECRET_ACCESS_KEY} are both exported
 * @param otherSources whether web identity ({@code AWS_WEB_IDENTITY_TOKEN_FILE}) or container credentials
 *                     ({@code AWS_CONTAINER_CREDENTIALS_RELATIVE_URI} / {@code _FULL_URI}) are configured
 * @param instanceRegion this EC2 instance's region from instance metadata; asks the network, so only
 *                       called when nothing else names a region
 */
public record AwsEnvironment(Optional<String> profile, Optional<String> region, Optional<String> defaultRegion,
                             boolean accessKeys, boolean otherSources, Supplier<Optional<String>> instanceRegion) {

    /** This process's environment; {@code askInstanceMetadata} false skips the metadata call (the desktop). */
    public static AwsEnvironment system(boolean askInstanceMetadata) {
        return from(name -> System.getenv(name), name -> System.getProperty(name),
                askInstanceMetadata ? AwsEnvironment::instanceMetadataRegion : Optional::empty);
    }

    static AwsEnvironment from(Function<String, String> env, Function<String, String> properties,
                               Supplier<Optional<String>> instanceRegion) {
        Settings settings = new Settings(env, properties);
        boolean keys = settings.get("aws.accessKeyId", "AWS_ACCESS_KEY_ID").isPresent()
                && settings.get("aws.secretAccessKey", "AWS_SECRET_ACCESS_KEY").isPresent();
        boolean others = settings.get("aws.webIdentityTokenFile", "AWS_WEB_IDENTITY_TOKEN_FILE").isPresent()
                || settings.get(null, "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI").isPresent()
                || settings.get(null, "AWS_CONTAINER_CREDENTIALS_FULL_URI").isPresent();
        return new AwsEnvironment(settings.get("aws.profile", "AWS_PROFILE"), settings.get("aws.region", "AWS_REGION"),
                settings.get(null, "AWS_DEFAULT_REGION"), keys, others, instanceRegion);
    }

    /** A JVM system property, else its environment variable. */
    private record Settings(Function<String, String> env, Function<String, String> properties) {
        Optional<String> get(String property, String variable) {
            Optional<String> fromProperty = property == null ? Optional.empty() : present(properties.apply(property));
            return fromProperty.or(() -> present(env.apply(variable)));
        }
    }

    /** Nothing set, no instance metadata: for tests and for what a fresh machine looks like. */
    public static AwsEnvironment empty() {
        return new AwsEnvironment(Optional.empty(), Optional.empty(), Optional.empty(), false, false, Optional::empty);
    }

    public AwsEnvironment withProfile(String name) {
        return new AwsEnvironment(Optional.ofNullable(name), region, defaultRegion, accessKeys, otherSources, instanceRegion);
    }

    public AwsEnvironment withRegions(String awsRegion, String awsDefaultRegion) {
        return new AwsEnvironment(profile, Optional.ofNullable(awsRegion), Optional.ofNullable(awsDefaultRegion),
                accessKeys, otherSources, instanceRegion);
    }

    public AwsEnvironment withAccessKeys(boolean exported) {
        return new AwsEnvironment(profile, region, defaultRegion, exported, otherSources, instanceRegion);
    }

    public AwsEnvironment withOtherSources(boolean configured) {
        return new AwsEnvironment(profile, region, defaultRegion, accessKeys, configured, instanceRegion);
    }

    public AwsEnvironment withInstanceRegion(Supplier<Optional<String>> lookup) {
        return new AwsEnvironment(profile, region, defaultRegion, accessKeys, otherSources, lookup);
    }

    private static Optional<String> instanceMetadataRegion() {
        try {
            return Optional.of(new InstanceProfileRegionProvider().getRegion().id());
        } catch (RuntimeException notOnEc2) {
            return Optional.empty();
        }
    }

    private static Optional<String> present(String value) {
        return Optional.ofNullable(value).map(String::trim).filter(s -> !s.isEmpty());
    }
}
