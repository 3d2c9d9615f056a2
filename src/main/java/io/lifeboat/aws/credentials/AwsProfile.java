package io.lifeboat.aws.credentials;

/**
 * A profile from {@code ~/.aws/config} or {@code ~/.aws/credentials}, as the profile picker shows it.
 *
 * @param region the profile's region, or {@code null}
 * @param detail what the kind hinges on: the SSO start URL or session, the role ARN, the process
 */
public record AwsProfile(String name, Kind kind, String region, String detail, boolean mfa) {

    /** Whether it says how to get credentials; a profile of settings only (a region) does not. */
    public boolean carriesCredentials() {
        return kind != Kind.SETTINGS_ONLY;
    }

    public enum Kind {
        STATIC_KEYS("access keys"),
        SSO("SSO"),
        ASSUME_ROLE("assume role"),
        WEB_IDENTITY("web identity"),
        CREDENTIAL_PROCESS("credential process"),
        SETTINGS_ONLY("settings only");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
