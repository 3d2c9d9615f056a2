package io.lifeboat.aws;

/**
 * An error as the user should read it: what happened, in words, and how to fix it.
 *
 * @param code the AWS error code (or exception name) for reference and the audit log
 * @param fix what to do about it, or {@code null} when there is nothing to suggest
 */
public record Problem(Kind kind, String code, String message, String fix) {

    public enum Kind {
        SSO_LOGIN_NEEDED,
        CREDENTIALS_EXPIRED,
        CREDENTIALS_MISSING,
        CREDENTIALS_INVALID,
        MFA_NEEDED,
        ACCESS_DENIED,
        THROTTLED,
        /** A 5xx or internal error: the service may well answer next time. */
        TRANSIENT,
        NETWORK,
        NOT_FOUND,
        INVALID_INPUT,
        READ_ONLY,
        UNSUPPORTED,
        SERVICE_ERROR,
        OTHER
    }

    /** Worth trying again as is, after a pause. */
    public boolean transientError() {
        return kind == Kind.THROTTLED || kind == Kind.TRANSIENT || kind == Kind.NETWORK;
    }


    /** One line: the message, then the fix. */
    public String text() {
        return fix == null ? message : message + " " + fix;
    }
}
