package io.lifeboat.aws.guard;

/** A mutating call refused before it left the process, because the connection is read-only. */
public class ReadOnlyModeException extends RuntimeException {

    private final String operation;

    public ReadOnlyModeException(ApiCall call) {
        super(call.operation() + " was not sent: Lifeboat is in read-only mode. "
                + "Switch read-only off (status bar, or drop --read-only) to make changes.");
        this.operation = call.operation();
    }

    public String operation() {
        return operation;
    }
}
