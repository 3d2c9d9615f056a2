package io.lifeboat.backup;

import com.fasterxml.jackson.annotation.JsonValue;

/** Which parts of a plan a run executes; creates always come before deletions. */
public enum RunScope {
    CREATE_AND_PRUNE("create-and-prune", true, true),
    CREATE_ONLY("create-only", true, false),
    PRUNE_ONLY("prune-only", false, true);

    private final String id;
    private final boolean creates;
    private final boolean prunes;

    RunScope(String id, boolean creates, boolean prunes) {
        this.id = id;
        this.creates = creates;
        this.prunes = prunes;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public boolean creates() {
        return creates;
    }

    public boolean prunes() {
        return prunes;
    }
}
