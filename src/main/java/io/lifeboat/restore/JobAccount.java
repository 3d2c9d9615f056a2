package io.lifeboat.restore;

/**
 * The account a restore job runs in, as the connection named it: a job is resumed only on a
 * connection to the same account and endpoint.
 *
 * @param profile the connection's label (profile name, "sandbox", "default credentials")
 * @param endpoint the custom endpoint (an emulator), or {@code null} for AWS
 */
public record JobAccount(String profile, String accountId, String endpoint, boolean sandbox) {

    public boolean sameAccount(JobAccount other) {
        return other != null && accountId.equals(other.accountId)
                && java.util.Objects.equals(endpoint, other.endpoint) && sandbox == other.sandbox;
    }
}
