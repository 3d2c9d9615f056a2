package io.lifeboat.inventory;

import io.lifeboat.aws.Problem;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Regions loaded and regions that failed, each with its own problem. */
public record InventoryResult(Map<String, RegionInventory> loaded, Map<String, Problem> failed) {

    public InventoryResult {
        loaded = Collections.unmodifiableMap(new LinkedHashMap<>(loaded));
        failed = Collections.unmodifiableMap(new LinkedHashMap<>(failed));
    }

    public List<RegionInventory> regions() {
        return List.copyOf(loaded.values());
    }
}
