package io.lifeboat.commands;

import java.util.regex.Pattern;

/**
 * SSM's rate control for a command: how many instances run it at once, and how many errors stop it
 * from being sent further. Each is a count or a percentage of the targets, in the forms SendCommand
 * accepts (its patterns), checked before sending.
 *
 * @param maxConcurrency "50" (SSM's default), "10%"...
 * @param maxErrors      "0" (SSM's default: the first error stops it), "10%"...
 */
public record RateControl(String maxConcurrency, String maxErrors) {

    static final Pattern MAX_CONCURRENCY = Pattern.compile("^([1-9][0-9]*|[1-9][0-9]%|[1-9]%|100%)$");
    static final Pattern MAX_ERRORS = Pattern.compile("^([1-9][0-9]*|[0]|[1-9][0-9]%|[0-9]%|100%)$");

    public static final RateControl DEFAULT = new RateControl("50", "0");

    public RateControl {
        maxConcurrency = maxConcurrency == null ? "" : maxConcurrency.trim();
        maxErrors = maxErrors == null ? "" : maxErrors.trim();
    }

    /** Why the concurrency cannot be sent, or {@code null}. */
    public String concurrencyProblem() {
        return MAX_CONCURRENCY.matcher(maxConcurrency).matches() ? null
                : "Max concurrency is a number of instances (1 or more) or a percentage (1% to 100%).";
    }

    /** Why the error threshold cannot be sent, or {@code null}. */
    public String errorsProblem() {
        return MAX_ERRORS.matcher(maxErrors).matches() ? null
                : "Max errors is a number of errors (0 or more) or a percentage (0% to 100%).";
    }

    public boolean valid() {
        return concurrencyProblem() == null && errorsProblem() == null;
    }

    /** "at most 10 at once, stop after 1 error" for the review. */
    public String describe() {
        String concurrency = maxConcurrency.endsWith("%") ? maxConcurrency + " of the targets" : maxConcurrency;
        String errors = maxErrors.equals("0") ? "stop at the first error"
                : "stop once more than " + (maxErrors.endsWith("%") ? maxErrors + " of the targets" : maxErrors)
                + " have failed";
        return "at most " + concurrency + " at once, " + errors;
    }
}
