package io.lifeboat.ui.backup;

import io.lifeboat.backup.RegionProgress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * One line per region while a backup runs: the region, a bar, and "1,234 / 6,000 · snapshotting ·
 * 19.8 calls/s learned · 12 throttled". Rows are kept and updated in place, so a run that reports
 * several times a second redraws no more than it must.
 */
final class RegionProgressRows {

    private final VBox box;
    private final Map<String, Row> rows = new LinkedHashMap<>();

    RegionProgressRows(VBox box) {
        this.box = box;
    }

    void show(List<RegionProgress> regions) {
        if (!rows.keySet().equals(regions.stream().map(RegionProgress::region).collect(
                java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)))) {
            rows.clear();
            regions.forEach(p -> rows.put(p.region(), new Row(p.region())));
            box.getChildren().setAll(rows.values().stream().map(r -> r.line).toList());
        }
        regions.forEach(p -> rows.get(p.region()).show(p));
    }

    static String text(RegionProgress p) {
        StringBuilder text = new StringBuilder(String.format("%,d / %,d \u00b7 %s", p.done(), p.total(), p.phase().label()));
        if (!Double.isNaN(p.rate())) {
            text.append(String.format(" \u00b7 %.1f calls/s learned", p.rate()));
        }
        if (p.throttles() > 0) {
            text.append(" \u00b7 ").append(p.throttles()).append(" throttled");
        }
        if (p.failed() > 0) {
            text.append(" \u00b7 ").append(p.failed()).append(" failed");
        }
        if (p.left() > 0) {
            text.append(" \u00b7 ").append(p.left()).append(" left");
        }
        return text.toString();
    }

    private static final class Row {
        final HBox line = new HBox(10);
        final ProgressBar bar = new ProgressBar(0);
        final Label detail = new Label();

        Row(String region) {
            Label name = new Label(region);
            name.setMinWidth(110);
            name.getStyleClass().add("text-bold");
            bar.setPrefWidth(220);
            detail.getStyleClass().add("text-muted");
            line.setAlignment(Pos.CENTER_LEFT);
            line.setId("region-progress-" + region);
            line.getChildren().setAll(name, bar, detail);
        }

        void show(RegionProgress p) {
            bar.setProgress(p.total() == 0 ? 1 : (double) p.done() / p.total());
            detail.setText(text(p));
        }
    }
}
