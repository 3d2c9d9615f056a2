package io.lifeboat.cli;

import io.lifeboat.aws.credentials.MfaCodePrompt;
import java.io.Console;

/** Asks for an MFA code on the terminal; without a terminal (cron) there is nobody to ask. */
final class ConsoleMfaPrompt implements MfaCodePrompt {

    @Override
    public String codeFor(String profile, String mfaSerial) {
        Console console = System.console();
        if (console == null) {
            return null;
        }
        return console.readLine("MFA code for %s (%s): ", mfaSerial, profile);
    }
}
