package io.lifeboat.inventory;

import java.time.Instant;
import java.util.Map;

/** An EBS snapshot owned by the account, free of SDK types. Kept small: there can be 100,000. */
public record Ec2Snapshot(String region, String id, String volumeId, Instant startTime, String state, int progressPercent,
                          int volumeSizeGiB, String description, boolean encrypted, Map<String, String> tags) {

    public Ec2Snapshot {
        tags = Map.copyOf(tags);
    }

    public boolean completed() {
        return "completed".equals(state);
    }

    public boolean pending() {
        return "pending".equals(state);
    }

    /** Its state as shown to people: {@code completed}, or {@code pending 42%} with the progress. */
    public String shownState() {
        return pending() ? "pending " + progressPercent + "%" : state;
    }

    public String tag(String key) {
        return tags.get(key);
    }
}
