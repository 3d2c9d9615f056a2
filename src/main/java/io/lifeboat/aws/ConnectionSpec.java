package io.lifeboat.aws;

import java.net.URI;
import java.util.Objects;

/**
 * What to connect to: the embedded sandbox, a named profile from {@code ~/.aws}, or the SDK's
 * default credential chain (environment variables included); a home region; an optional endpoint
 * (LocalStack, Moto); whether to start read-only.
 */
public record ConnectionSpec(Kind kind, String profile, String region, URI endpoint, boolean readOnly) {

    public static final String SANDBOX_REGION = "eu-west-3";

    public enum Kind { SANDBOX, PROFILE, DEFAULT_CHAIN }

    public ConnectionSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(region, "region");
        if (kind == Kind.PROFILE && (profile == null || profile.isBlank())) {
            throw new IllegalArgumentException("A profile connection needs a profile name");
        }
    }

    public static ConnectionSpec sandbox(String region, boolean readOnly) {
        return new ConnectionSpec(Kind.SANDBOX, null, region == null ? SANDBOX_REGION : region, null, readOnly);
    }

    public static ConnectionSpec profile(String profile, String region, URI endpoint, boolean readOnly) {
        return new ConnectionSpec(Kind.PROFILE, profile, region, endpoint, readOnly);
    }

    public static ConnectionSpec defaultChain(String region, URI endpoint, boolean readOnly) {
        return new ConnectionSpec(Kind.DEFAULT_CHAIN, null, region, endpoint, readOnly);
    }

    public boolean sandbox() {
        return kind == Kind.SANDBOX;
    }

    public ConnectionSpec withRegion(String newRegion) {
        return new ConnectionSpec(kind, profile, newRegion, endpoint, readOnly);
    }

    /** How the connection is named to the user and in the audit log. */
    public String label() {
        return switch (kind) {
            case SANDBOX -> "sandbox";
            case PROFILE -> profile;
            case DEFAULT_CHAIN -> "default credentials";
        };
    }
}
