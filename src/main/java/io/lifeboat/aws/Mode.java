package io.lifeboat.aws;

/** What the status bar shows in a colour you cannot miss. */
public enum Mode {
    SANDBOX("SANDBOX"),
    READ_ONLY("READ-ONLY"),
    LIVE("LIVE");

    private final String label;

    Mode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
