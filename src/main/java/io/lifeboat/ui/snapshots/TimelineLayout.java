package io.lifeboat.ui.snapshots;

import io.lifeboat.snapshots.DaySlot;
import io.lifeboat.snapshots.TimelineMark;
import io.lifeboat.snapshots.VolumeTimeline;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Where things are on the timeline canvas, shared by drawing and by the mouse: x from time, lanes (one per
 * volume) stacked with a header, a band of day slots and the snapshots' tracks. No JavaFX: pure geometry.
 */
final class TimelineLayout {

    static final double AXIS = 30;
    static final double HEADER = 20;
    static final double BAND = 16;
    static final double GAP = 12;
    static final double MIN_TRACK = 3;
    static final double MAX_TRACK = 16;

    /** One lane's rows on the canvas. */
    record Lane(VolumeTimeline timeline, double top, double bandTop, double tracksTop, double trackHeight) {
        double bottom() {
            return tracksTop + trackHeight * timeline.tracks();
        }
    }

    final double width;
    final double height;
    final Instant start;
    final Instant end;
    final List<Lane> lanes = new ArrayList<>();

    TimelineLayout(List<VolumeTimeline> timelines, double width, double height, Instant start, Instant end) {
        this.width = width;
        this.height = height;
        this.start = start;
        this.end = end;
        int tracks = timelines.stream().mapToInt(VolumeTimeline::tracks).sum();
        double fixed = AXIS + timelines.size() * (HEADER + BAND + GAP + 4);
        double track = tracks == 0 ? MAX_TRACK : Math.max(MIN_TRACK, Math.min(MAX_TRACK, (height - fixed) / tracks));
        double y = AXIS;
        for (VolumeTimeline timeline : timelines) {
            Lane lane = new Lane(timeline, y, y + HEADER, y + HEADER + BAND + 4, track);
            lanes.add(lane);
            y = lane.bottom() + GAP;
        }
    }

    double x(Instant t) {
        double span = end.toEpochMilli() - start.toEpochMilli();
        return (t.toEpochMilli() - start.toEpochMilli()) / span * width;
    }

    Instant time(double x) {
        double span = end.toEpochMilli() - start.toEpochMilli();
        return Instant.ofEpochMilli(start.toEpochMilli() + Math.round(x / width * span));
    }

    /** A bar's right end: its DeleteOn day, or past the right edge when kept indefinitely. */
    double barEnd(TimelineMark mark) {
        return mark.keepEnd() == null ? width + 10 : Math.max(x(mark.start()) + 2, x(mark.keepEnd()));
    }

    /** Whether the mark's bar or dot shows in the visible range. */
    boolean visible(TimelineMark mark) {
        double left = x(mark.start());
        return left <= width + 6 && barEnd(mark) >= -6;
    }

    double trackTop(Lane lane, int track) {
        return lane.tracksTop() + track * lane.trackHeight();
    }

    /** The snapshot under the point (its dot, or its bar in its track), or {@code null}. */
    TimelineMark markAt(double x, double y) {
        for (Lane lane : lanes) {
            if (y < lane.tracksTop() || y >= lane.bottom()) {
                continue;
            }
            int track = (int) ((y - lane.tracksTop()) / lane.trackHeight());
            TimelineMark best = null;
            double bestDistance = Double.MAX_VALUE;
            for (TimelineMark mark : lane.timeline().marks()) {
                if (mark.track() != track) {
                    continue;
                }
                double left = x(mark.start());
                if (x >= left - 6 && x <= barEnd(mark)) {
                    double distance = Math.abs(x - left);
                    if (distance < bestDistance) {
                        best = mark;
                        bestDistance = distance;
                    }
                }
            }
            return best;
        }
        return null;
    }

    /** The day slot under the point (in a lane's band), or {@code null}. */
    DaySlot dayAt(double x, double y) {
        for (Lane lane : lanes) {
            if (y >= lane.bandTop() && y < lane.bandTop() + BAND) {
                return lane.timeline().day(java.time.LocalDate.ofInstant(time(x), lane.timeline().zone()));
            }
        }
        return null;
    }
}
