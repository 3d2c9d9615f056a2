package io.lifeboat.ui.snapshots;

import io.lifeboat.snapshots.DayGrid;
import io.lifeboat.snapshots.DaySlot;
import io.lifeboat.snapshots.FleetRow;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The fleet's coverage heat map: one row per volume (worst first), one cell per day, missed days red. Only
 * the rows scrolled into view are drawn, so hundreds of volumes cost what a screenful does. Clicking a row
 * opens its timeline; hovering says what the day was.
 */
final class HeatMapCanvas extends Region {

    static final double ROW = 20;
    static final double HEADER = 24;
    static final double LABEL = 300;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM");

    private final Canvas canvas = new Canvas();
    private final ScrollBar scroll = new ScrollBar();
    private final FleetViewModel model;
    private final BooleanProperty dark;
    private final Consumer<FleetRow> open;
    private final Tooltip tip = new Tooltip();
    private int drawnRows;

    HeatMapCanvas(FleetViewModel model, BooleanProperty dark, Consumer<FleetRow> open) {
        this.model = model;
        this.dark = dark;
        this.open = open;
        setId("fleetHeatMap");
        scroll.setOrientation(Orientation.VERTICAL);
        getChildren().addAll(canvas, scroll);
        setMinSize(300, 120);
        model.rows().addListener((ListChangeListener<FleetRow>) c -> {
            requestLayout();
            redraw();
        });
        dark.addListener((obs, was, now) -> redraw());
        scroll.valueProperty().addListener((obs, was, now) -> redraw());
        canvas.setOnMouseClicked(this::click);
        canvas.setOnMouseMoved(this::hover);
        canvas.setOnMouseExited(e -> tip.hide());
        canvas.setOnScroll(e -> scroll.setValue(Math.max(scroll.getMin(), Math.min(scroll.getMax(),
                scroll.getValue() - e.getDeltaY()))));
    }

    @Override
    protected void layoutChildren() {
        double bar = scroll.prefWidth(-1);
        canvas.setWidth(Math.max(0, getWidth() - bar));
        canvas.setHeight(getHeight());
        scroll.resizeRelocate(getWidth() - bar, 0, bar, getHeight());
        double content = model.rows().size() * ROW;
        double view = Math.max(0, getHeight() - HEADER);
        scroll.setMax(Math.max(0, content - view));
        scroll.setVisibleAmount(view);
        scroll.setValue(Math.min(scroll.getValue(), scroll.getMax()));
        redraw();
    }

    /** Rows the last frame drew: the virtualisation, visible. */
    int drawnRows() {
        return drawnRows;
    }

    /** The y of a row's middle on the canvas as scrolled now (for the mouse, and tests that click). */
    double rowCenter(int index) {
        return HEADER + index * ROW - scroll.getValue() + ROW / 2;
    }

    Canvas canvas() {
        return canvas;
    }

    FleetViewModel model() {
        return model;
    }

    private int rowAt(double y) {
        if (y < HEADER) {
            return -1;
        }
        int index = (int) ((y - HEADER + scroll.getValue()) / ROW);
        return index < model.rows().size() ? index : -1;
    }

    void redraw() {
        Palette palette = new Palette(dark.get());
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(palette.background);
        g.fillRect(0, 0, w, h);
        DayGrid grid = model.gridProperty().get();
        List<FleetRow> rows = model.rows();
        drawnRows = 0;
        if (grid == null || rows.isEmpty() || w <= LABEL) {
            return;
        }
        double cell = (w - LABEL) / grid.size();
        g.setFont(Font.font(11));
        g.setTextBaseline(VPos.CENTER);
        g.setFill(palette.muted);
        g.setTextAlign(TextAlignment.LEFT);
        int step = cell >= 24 ? 2 : 7;
        for (int i = 0; i < grid.size(); i++) {
            if ((grid.size() - 1 - i) % step == 0) {
                // Today's label ends at the edge rather than running past it.
                boolean today = i == grid.size() - 1;
                if (!today && LABEL + i * cell > w - 85) {
                    continue; // would run into today's label
                }
                g.setTextAlign(today ? TextAlignment.RIGHT : TextAlignment.LEFT);
                g.fillText(DAY.format(grid.day(i)), today ? w - 2 : LABEL + i * cell, HEADER / 2);
            }
        }
        g.setTextAlign(TextAlignment.LEFT);
        int first = (int) (scroll.getValue() / ROW);
        int last = Math.min(rows.size() - 1, first + (int) Math.ceil((h - HEADER) / ROW));
        for (int index = first; index <= last; index++) {
            double y = HEADER + index * ROW - scroll.getValue();
            row(g, palette, rows.get(index), y, cell);
            drawnRows++;
        }
    }

    private void row(GraphicsContext g, Palette palette, FleetRow row, double y, double cell) {
        g.setFill(palette.text);
        g.setTextAlign(TextAlignment.LEFT);
        String name = row.volume().name().isBlank() ? row.volume().volumeId() : row.volume().name();
        g.fillText(name, 4, y + ROW / 2, LABEL - 90);
        g.setFill(row.missed() > 0 ? Palette.MISSED : palette.muted);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(row.missed() > 0 ? row.missed() + " missed" : row.volume().policy().backedUp() ? "ok" : "not protected",
                LABEL - 8, y + ROW / 2);
        for (int i = 0; i < row.days().size(); i++) {
            g.setFill(palette.status(row.days().get(i).status()));
            g.fillRect(LABEL + i * cell + 0.5, y + 2, Math.max(1, cell - 1), ROW - 4);
        }
        g.setStroke(palette.grid);
        g.setLineWidth(0.5);
        g.strokeLine(0, y + ROW, canvas.getWidth(), y + ROW);
    }

    private void click(MouseEvent e) {
        int index = rowAt(e.getY());
        if (index >= 0) {
            open.accept(model.rows().get(index));
        }
    }

    private void hover(MouseEvent e) {
        int index = rowAt(e.getY());
        DayGrid grid = model.gridProperty().get();
        if (index < 0 || grid == null) {
            tip.hide();
            return;
        }
        FleetRow row = model.rows().get(index);
        String text = row.volume().volumeId() + (row.volume().name().isBlank() ? "" : " (" + row.volume().name() + ")");
        if (e.getX() >= LABEL) {
            int day = (int) ((e.getX() - LABEL) / ((canvas.getWidth() - LABEL) / grid.size()));
            if (day >= 0 && day < row.days().size()) {
                DaySlot slot = row.days().get(day);
                text += "\n" + slot.day() + ": " + slot.status().label() + (slot.snapshots() == 0 ? ""
                        : " (" + slot.snapshots() + " snapshot" + (slot.snapshots() == 1 ? ")" : "s)"));
            }
        } else {
            text += "\n" + row.volume().policy().explanation() + "\nClick to open its timeline.";
        }
        tip.setText(text);
        tip.show(canvas, e.getScreenX() + 14, e.getScreenY() + 14);
    }
}
