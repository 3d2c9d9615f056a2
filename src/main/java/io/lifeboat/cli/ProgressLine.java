package io.lifeboat.cli;

import io.lifeboat.backup.RegionProgress;
import io.lifeboat.backup.RunListener;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * One line on the terminal, rewritten in place, with each region's progress while a backup runs:
 * {@code eu-west-1 1,234/3,500 snapshotting 19.8/s · us-east-1 ...}. Only for a terminal: a run from
 * cron or into a pipe prints none of it ({@link #onTerminal}).
 */
final class ProgressLine implements RunListener {

    private static final long EVERY_NANOS = 250_000_000L;

    private final PrintWriter terminal;
    private final int width;
    private final LongSupplier nanoTime;
    private final Map<String, RegionProgress> regions = new LinkedHashMap<>();
    private long drawnAt = Long.MIN_VALUE / 2;
    private int drawnLength;

    ProgressLine(PrintWriter terminal, int width, LongSupplier nanoTime) {
        this.terminal = terminal;
        this.width = width;
        this.nanoTime = nanoTime;
    }

    /** A progress line on the console, or {@code null} when the process has no terminal (cron, a pipe). */
    static ProgressLine onTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return null;
        }
        return new ProgressLine(console.writer(), columns(System.getenv("COLUMNS")), System::nanoTime);
    }

    @Override
    public synchronized void regionProgress(RegionProgress progress) {
        regions.put(progress.region(), progress);
        long now = nanoTime.getAsLong();
        if (now - drawnAt >= EVERY_NANOS || progress.finished()) {
            drawnAt = now;
            draw(text());
        }
    }

    /** Clears the line, so that what follows starts on a clean one. */
    synchronized void end() {
        if (drawnLength > 0) {
            terminal.print("\r" + " ".repeat(drawnLength) + "\r");
            terminal.flush();
            drawnLength = 0;
        }
    }

    String text() {
        String line = regions.values().stream().map(ProgressLine::region).collect(Collectors.joining(" · "));
        return line.length() <= width - 1 ? line : line.substring(0, Math.max(0, width - 2)) + "…";
    }

    private static String region(RegionProgress p) {
        String rate = Double.isNaN(p.rate()) ? "" : String.format(" %.1f/s", p.rate());
        return String.format("%s %,d/%,d %s%s", p.region(), p.done(), p.total(), p.phase().label(), rate)
                + (p.failed() > 0 ? " " + p.failed() + " failed" : "") + (p.left() > 0 ? " " + p.left() + " left" : "");
    }

    private void draw(String line) {
        int pad = Math.max(0, drawnLength - line.length());
        terminal.print("\r" + line + " ".repeat(pad));
        terminal.flush();
        drawnLength = line.length();
    }

    static int columns(String value) {
        try {
            return value == null ? 100 : Math.max(40, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return 100;
        }
    }
}
