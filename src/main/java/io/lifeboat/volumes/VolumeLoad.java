package io.lifeboat.volumes;

import io.lifeboat.aws.Problem;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The inventory of the regions asked for: the rows of those that loaded, the problem of each that did not. */
public record VolumeLoad(List<VolumeRecord> records, Map<String, Problem> failedRegions, Instant loadedAt) {

    public VolumeLoad {
        records = List.copyOf(records);
        failedRegions = Map.copyOf(failedRegions);
    }
}
