package io.lifeboat.restore;

/** How RDS makes the new cluster: a full copy of the data, or a copy-on-write clone of the source's storage. */
public enum RestoreType {
    FULL_COPY("full-copy", "Full copy"),
    /** A clone shares the source's pages until either side writes them: fast, and as of now only. */
    COPY_ON_WRITE("copy-on-write", "Copy-on-write clone");

    private final String id;
    private final String label;

    RestoreType(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** RDS's RestoreType value. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static RestoreType fromId(String id) {
        for (RestoreType type : values()) {
            if (type.id.equals(id)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown restore type " + id + " (full-copy or copy-on-write)");
    }
}
