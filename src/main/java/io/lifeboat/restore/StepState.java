package io.lifeboat.restore;

public enum StepState {
    PENDING,
    RUNNING,
    DONE,
    FAILED
}
