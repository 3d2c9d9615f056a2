package io.lifeboat.restore;

/** The steps of a restore job, in the order they run. */
public enum StepKind {
    RESTORE_CLUSTER("Restore the cluster"),
    WAIT_CLUSTER("Wait for the cluster"),
    CREATE_INSTANCE("Create instance"),
    RESTORE_INSTANCE("Restore the instance"),
    WAIT_INSTANCES("Wait for every instance"),
    CUTOVER("Switch the DNS name");

    private final String label;

    StepKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
