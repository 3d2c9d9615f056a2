package io.lifeboat.snapshots;

import io.lifeboat.inventory.Ec2Snapshot;
import io.lifeboat.inventory.RegionInventory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells copies from originals. A copy names its source in Lifeboat's {@code lifeboat:copy-of} tag, or in
 * the description EC2 gives a copy made without one ({@code [Copied snap-… from eu-west-3]}); its volume
 * id is an arbitrary one AWS says not to use, so a copy is never an orphan.
 */
public final class SnapshotCopies {

    /** Names the snapshot a copy was made from; written by Lifeboat on every copy. */
    public static final String COPY_OF = "lifeboat:copy-of";
    /** The region of that snapshot. */
    public static final String COPY_SOURCE_REGION = "lifeboat:copy-source-region";
    /** The volume id copies carry (AWS: "an arbitrary volume ID that should not be used for any purpose"). */
    public static final String ARBITRARY_VOLUME = "vol-ffffffff";

    private static final Pattern COPIED = Pattern.compile("\\[Copied (snap-[0-9a-f]+) from ([a-z0-9-]+)\\]");

    private SnapshotCopies() {
    }

    /** The snapshot this one is a copy of, or {@code null} for an original. */
    public static String sourceOf(Ec2Snapshot snapshot) {
        String tagged = snapshot.tag(COPY_OF);
        if (tagged != null && !tagged.isBlank()) {
            return tagged.trim();
        }
        if (snapshot.description() != null) {
            Matcher matcher = COPIED.matcher(snapshot.description());
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        return null;
    }

    /** Every copy in {@code regions}, by the id of its source. */
    public static Map<String, List<CopyRef>> bySource(Collection<RegionInventory> regions) {
        Map<String, List<CopyRef>> copies = new HashMap<>();
        for (RegionInventory region : regions) {
            for (Ec2Snapshot snapshot : region.snapshots()) {
                String source = sourceOf(snapshot);
                if (source != null) {
                    copies.computeIfAbsent(source, k -> new ArrayList<>(1)).add(new CopyRef(region.region(), snapshot.id(),
                            snapshot.state(), snapshot.progressPercent()));
                }
            }
        }
        return copies;
    }
}
