package io.lifeboat.ui.volumes;

import io.lifeboat.aws.Problem;

/** How one region's load went, for the chips above the table. */
public record RegionStatus(String region, State state, int volumes, Problem problem) {

    public enum State { LOADING, LOADED, FAILED }

    static RegionStatus loading(String region) {
        return new RegionStatus(region, State.LOADING, 0, null);
    }
}
