package io.lifeboat.ui.snapshots;

import io.lifeboat.snapshots.DaySlot;
import io.lifeboat.snapshots.SlotStatus;
import io.lifeboat.snapshots.TimelineMark;
import io.lifeboat.snapshots.VolumeTimeline;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Draws a {@link TimelineViewModel}: a time axis in the user's zone, and per volume a band of day slots
 * (missed days in red), today, the retention horizon, and each snapshot as a dot at its start (coloured by
 * state, with its progress while pending) on a bar to its DeleteOn day (coloured by origin; open when kept
 * indefinitely). Only what falls in the visible range is drawn. Drag or scroll to pan, Ctrl+scroll to zoom,
 * click to select, hover for the details.
 */
final class TimelineCanvas extends Region {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM");
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Canvas canvas = new Canvas();
    private final TimelineViewModel model;
    private final BooleanProperty dark;
    private final Tooltip tip = new Tooltip();
    private final List<LocalDate> drawnMissed = new ArrayList<>();
    private TimelineLayout layout;
    private double pressX;
    private Instant pressEnd;
    private boolean dragged;

    TimelineCanvas(TimelineViewModel model, BooleanProperty dark) {
        this.model = model;
        this.dark = dark;
        setId("timelineCanvas");
        getChildren().add(canvas);
        setMinSize(200, 120);
        for (ObservableValue<?> value : List.of(model.zoomProperty(), model.viewEndProperty(), model.selectedProperty(),
                model.selectedDayProperty(), dark)) {
            value.addListener((obs, was, now) -> redraw());
        }
        model.lanes().addListener((ListChangeListener<VolumeTimeline>) c -> redraw());
        canvas.setOnMousePressed(e -> {
            pressX = e.getX();
            pressEnd = model.viewEndProperty().get();
            dragged = false;
        });
        canvas.setOnMouseDragged(this::drag);
        canvas.setOnMouseReleased(this::click);
        canvas.setOnMouseMoved(this::hover);
        canvas.setOnMouseExited(e -> tip.hide());
        canvas.setOnScroll(this::scroll);
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        redraw();
    }

    /** The days the last frame drew as missed, in drawing order (what the user saw highlighted). */
    List<LocalDate> drawnMissed() {
        return List.copyOf(drawnMissed);
    }

    /** The geometry of the last frame. */
    TimelineLayout geometry() {
        return layout;
    }

    Canvas canvas() {
        return canvas;
    }

    TimelineViewModel model() {
        return model;
    }

    void redraw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        Palette palette = new Palette(dark.get());
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(palette.background);
        g.fillRect(0, 0, w, h);
        drawnMissed.clear();
        if (w <= 0 || h <= 0 || model.lanes().isEmpty()) {
            layout = null;
            return;
        }
        layout = new TimelineLayout(List.copyOf(model.lanes()), w, h, model.visibleStart(), model.visibleEnd());
        g.setFont(Font.font(11));
        axis(g, palette);
        for (TimelineLayout.Lane lane : layout.lanes) {
            lane(g, palette, lane);
        }
        double today = layout.x(model.now());
        g.setStroke(palette.today);
        g.setLineWidth(1.5);
        g.setLineDashes();
        g.strokeLine(today, TimelineLayout.AXIS - 4, today, h);
        g.setFill(palette.today);
        g.setTextAlign(today > w - 40 ? TextAlignment.RIGHT : TextAlignment.LEFT);
        g.fillText("now " + HOUR.format(model.now().atZone(model.zone())), today + (today > w - 40 ? -4 : 4), h - 6);
    }

    private void axis(GraphicsContext g, Palette palette) {
        ZoneId zone = model.zone();
        double span = model.zoomProperty().get().span().toHours() / 24.0;
        double pxPerDay = layout.width / span;
        g.setTextBaseline(VPos.BASELINE);
        g.setTextAlign(TextAlignment.LEFT);
        if (pxPerDay > 300) {
            int hours = pxPerDay > 1200 ? 1 : pxPerDay > 600 ? 3 : 6;
            var t = layout.start.atZone(zone).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
            while (t.toInstant().isBefore(layout.end)) {
                if (t.getHour() % hours == 0) {
                    tick(g, palette, t.toInstant(), t.getHour() == 0 ? DAY.format(t) : HOUR.format(t), t.getHour() == 0);
                }
                t = t.plusHours(1);
            }
        } else {
            int step = pxPerDay >= 70 ? 1 : pxPerDay >= 35 ? 2 : pxPerDay >= 20 ? 4 : 7;
            LocalDate day = LocalDate.ofInstant(layout.start, zone);
            while (day.atStartOfDay(zone).toInstant().isBefore(layout.end)) {
                boolean labelled = day.toEpochDay() % step == 0 || (step >= 7 && day.getDayOfMonth() == 1);
                String label = labelled ? (step == 1 ? DAY.format(day) : SHORT_DAY.format(day)) : null;
                tick(g, palette, day.atStartOfDay(zone).toInstant(), label, day.getDayOfMonth() == 1);
                day = day.plusDays(1);
            }
        }
        g.setFill(palette.muted);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText("days in " + zone.getId(), layout.width - 4, layout.height - 20);
    }

    private void tick(GraphicsContext g, Palette palette, Instant at, String label, boolean strong) {
        double x = layout.x(at);
        g.setStroke(palette.grid);
        g.setLineWidth(strong ? 2 : 0.6);
        g.setLineDashes();
        g.strokeLine(x, TimelineLayout.AXIS - 4, x, layout.height);
        if (label != null) {
            g.setFill(palette.muted);
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(label, x + 3, TimelineLayout.AXIS - 10);
        }
    }

    private void lane(GraphicsContext g, Palette palette, TimelineLayout.Lane lane) {
        VolumeTimeline t = lane.timeline();
        g.setFill(palette.text);
        g.setTextAlign(TextAlignment.LEFT);
        Font bold = Font.font(null, javafx.scene.text.FontWeight.BOLD, 12);
        g.setFont(bold);
        String name = t.label().equals(t.volumeId()) ? t.volumeId() : t.label() + "  " + t.volumeId();
        g.fillText(name, 4, lane.top() + 14);
        Text measure = new Text(name);
        measure.setFont(bold);
        g.setFont(Font.font(11));
        g.setFill(palette.muted);
        g.fillText(describe(t), 16 + measure.getLayoutBounds().getWidth(), lane.top() + 14);
        band(g, palette, lane);
        horizon(g, palette, lane);
        for (TimelineMark mark : t.marks()) {
            if (layout.visible(mark)) {
                mark(g, palette, lane, mark);
            }
        }
    }

    private static String describe(VolumeTimeline t) {
        return (t.retentionDays() == 0 ? "not protected" : "kept " + t.retentionDays() + " days") + "  \u00b7  "
                + t.marks().size() + " snapshots  \u00b7  " + (t.missed().isEmpty() ? "no missed backup"
                : t.missed().size() + " missed");
    }

    /** One cell per day in the visible range: that day's status. */
    private void band(GraphicsContext g, Palette palette, TimelineLayout.Lane lane) {
        ZoneId zone = lane.timeline().zone();
        LocalDate day = LocalDate.ofInstant(layout.start, zone);
        LocalDate last = LocalDate.ofInstant(layout.end, zone);
        DaySlot chosen = model.selectedDayProperty().get();
        for (; !day.isAfter(last); day = day.plusDays(1)) {
            DaySlot slot = lane.timeline().day(day);
            if (slot == null) {
                continue;
            }
            double left = layout.x(day.atStartOfDay(zone).toInstant());
            double right = layout.x(day.plusDays(1).atStartOfDay(zone).toInstant());
            g.setFill(palette.status(slot.status()));
            g.fillRect(left + 0.5, lane.bandTop(), Math.max(1, right - left - 1), TimelineLayout.BAND);
            if (slot.status() == SlotStatus.MISSED) {
                drawnMissed.add(day);
                if (right - left > 14) {
                    g.setFill(Color.WHITE);
                    g.setTextAlign(TextAlignment.CENTER);
                    g.fillText("!", (left + right) / 2, lane.bandTop() + 12);
                }
            }
            if (slot.equals(chosen)) {
                g.setStroke(palette.selection);
                g.setLineWidth(2);
                g.strokeRect(left + 1, lane.bandTop() + 1, Math.max(2, right - left - 2), TimelineLayout.BAND - 2);
            }
        }
    }

    private void horizon(GraphicsContext g, Palette palette, TimelineLayout.Lane lane) {
        LocalDate horizon = lane.timeline().retentionHorizon();
        if (horizon == null) {
            return;
        }
        double x = layout.x(horizon.plusDays(1).atStartOfDay(lane.timeline().zone()).toInstant());
        g.setStroke(palette.muted);
        g.setLineWidth(1);
        g.setLineDashes(4, 3);
        g.strokeLine(x, lane.bandTop() - 2, x, lane.bottom());
        g.setLineDashes();
        g.setFill(palette.muted);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText("retention " + lane.timeline().retentionDays() + " d", x - 3, lane.bottom() + 10);
    }

    private void mark(GraphicsContext g, Palette palette, TimelineLayout.Lane lane, TimelineMark mark) {
        double top = layout.trackTop(lane, mark.track());
        double h = lane.trackHeight();
        double center = top + h / 2;
        double left = layout.x(mark.start());
        double right = Math.min(layout.barEnd(mark), layout.width + 10);
        Color colour = palette.origin(mark.origin());
        g.setFill(colour.deriveColor(0, 1, 1, mark.keptIndefinitely() ? 0.35 : 0.55));
        double barHeight = Math.max(2, h * 0.55);
        g.fillRect(left, center - barHeight / 2, Math.max(1, right - left), barHeight);
        if (mark.keptIndefinitely() && right > layout.width) {
            g.setFill(colour);
            g.fillPolygon(new double[] {layout.width - 8, layout.width - 2, layout.width - 8},
                    new double[] {center - 4, center, center + 4}, 3);
        }
        double r = Math.max(2.5, Math.min(5.5, h / 2));
        Color state = palette.state(mark.snapshot().state());
        if (mark.snapshot().pending()) {
            g.setFill(palette.background);
            g.fillOval(left - r, center - r, 2 * r, 2 * r);
            g.setFill(state);
            g.fillArc(left - r, center - r, 2 * r, 2 * r, 90, -3.6 * mark.snapshot().progressPercent(),
                    javafx.scene.shape.ArcType.ROUND);
            g.setStroke(state);
            g.setLineWidth(1);
            g.strokeOval(left - r, center - r, 2 * r, 2 * r);
        } else {
            g.setFill(state);
            g.fillOval(left - r, center - r, 2 * r, 2 * r);
        }
        TimelineMark chosen = model.selectedProperty().get();
        if (chosen != null && chosen.id().equals(mark.id())) {
            g.setStroke(palette.selection);
            g.setLineWidth(2);
            g.strokeOval(left - r - 2.5, center - r - 2.5, 2 * r + 5, 2 * r + 5);
        }
    }

    private void drag(MouseEvent e) {
        if (pressEnd == null || layout == null) {
            return;
        }
        double dx = e.getX() - pressX;
        if (Math.abs(dx) > 3) {
            dragged = true;
        }
        long millis = (long) (dx / layout.width * model.zoomProperty().get().span().toMillis());
        model.viewEndProperty().set(pressEnd.minusMillis(millis));
    }

    private void click(MouseEvent e) {
        if (dragged || layout == null) {
            return;
        }
        TimelineMark mark = layout.markAt(e.getX(), e.getY());
        if (mark != null) {
            model.select(mark);
            return;
        }
        DaySlot day = layout.dayAt(e.getX(), e.getY());
        model.selectDay(day);
    }

    private void scroll(ScrollEvent e) {
        if (e.isControlDown() || e.isShortcutDown()) {
            TimelineViewModel.Zoom[] zooms = TimelineViewModel.Zoom.values();
            int index = model.zoomProperty().get().ordinal() + (e.getDeltaY() > 0 ? -1 : 1);
            model.zoom(zooms[Math.max(0, Math.min(zooms.length - 1, index))]);
        } else {
            double delta = e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY();
            model.pan(-delta / Math.max(1, getWidth()));
        }
        e.consume();
    }

    private void hover(MouseEvent e) {
        if (layout == null) {
            return;
        }
        TimelineMark mark = layout.markAt(e.getX(), e.getY());
        DaySlot day = mark == null ? layout.dayAt(e.getX(), e.getY()) : null;
        String text = mark != null ? describe(mark, model.zone()) : day != null ? day.day() + ": " + day.status().label()
                + (day.snapshots() == 0 ? "" : " (" + day.snapshots() + " snapshot" + (day.snapshots() == 1 ? ")" : "s)")) : null;
        if (text == null) {
            tip.hide();
        } else {
            tip.setText(text);
            tip.show(canvas, e.getScreenX() + 14, e.getScreenY() + 14);
        }
    }

    static String describe(TimelineMark mark, ZoneId zone) {
        return mark.id() + "\n" + TIME.format(mark.start().atZone(zone)) + "  \u00b7  " + mark.snapshot().shownState()
                + "  \u00b7  " + mark.snapshot().volumeSizeGiB() + " GiB\n" + mark.origin().label() + "  \u00b7  "
                + (mark.keptIndefinitely() ? (mark.keepUnreadable() ? "DeleteOn unreadable: kept" : "kept indefinitely")
                : "kept until " + mark.keepUntil())
                + (mark.imageId() == null ? "" : "\nused by " + mark.imageId())
                + (mark.copies().isEmpty() ? "" : "\ncopied to " + mark.copies().get(0).region()
                        + (mark.copies().size() > 1 ? " and " + (mark.copies().size() - 1) + " more" : ""));
    }
}
