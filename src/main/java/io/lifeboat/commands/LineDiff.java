package io.lifeboat.commands;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A line diff between two outputs (a group against the largest one): the longest common subsequence of
 * lines, the rest removed or added. Outputs from a listing are 2,500 characters at most, so the
 * quadratic table is small.
 */
public final class LineDiff {

    public enum Kind { SAME, REMOVED, ADDED }

    public record Line(Kind kind, String text) {

        /** As a unified diff shows it: "  ", "- " or "+ " then the text. */
        @Override
        public String toString() {
            return switch (kind) {
                case SAME -> "  ";
                case REMOVED -> "- ";
                case ADDED -> "+ ";
            } + text;
        }
    }

    private LineDiff() {
    }

    /** The lines of {@code from} and {@code to}, each marked same, removed (only in from) or added (only in to). */
    public static List<Line> of(String from, String to) {
        List<String> a = lines(from);
        List<String> b = lines(to);
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> diff = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                diff.add(new Line(Kind.SAME, a.get(i++)));
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                diff.add(new Line(Kind.REMOVED, a.get(i++)));
            } else {
                diff.add(new Line(Kind.ADDED, b.get(j++)));
            }
        }
        while (i < a.size()) {
            diff.add(new Line(Kind.REMOVED, a.get(i++)));
        }
        while (j < b.size()) {
            diff.add(new Line(Kind.ADDED, b.get(j++)));
        }
        return diff;
    }

    /** The diff as text, one marked line per line. */
    public static String text(List<Line> diff) {
        return String.join("\n", diff.stream().map(Line::toString).toList());
    }

    private static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return Collections.emptyList();
        }
        return Arrays.asList(text.split("\\R", -1));
    }
}
