package io.lifeboat.bench;

import io.lifeboat.backup.RegionProgress;
import io.lifeboat.backup.RunListener;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Every ten seconds, where each region stands, on standard error (the figures go to standard output). */
final class ProgressLog implements RunListener {

    private final Map<String, RegionProgress> regions = new TreeMap<>();
    private long printedAt = System.nanoTime();

    @Override
    public synchronized void regionProgress(RegionProgress progress) {
        regions.put(progress.region(), progress);
        if (System.nanoTime() - printedAt > 10_000_000_000L) {
            printedAt = System.nanoTime();
            System.err.println(regions.values().stream().map(p -> String.format("%s %d/%d %s %.1f/s", p.region(), p.done(),
                    p.total(), p.phase().label(), p.rate())).collect(Collectors.joining(" | ")));
        }
    }
}
