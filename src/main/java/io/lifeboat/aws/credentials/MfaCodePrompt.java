package io.lifeboat.aws.credentials;

/**
 * Asks the user for the current code of an MFA device. Called from a worker thread; the desktop
 * answers with a dialog, the CLI on the terminal. The SDK's profile provider cannot do this itself.
 */
@FunctionalInterface
public interface MfaCodePrompt {

    /** @return the code, or {@code null} if the user declined */
    String codeFor(String profile, String mfaSerial);

    MfaCodePrompt NONE = (profile, serial) -> null;
}
