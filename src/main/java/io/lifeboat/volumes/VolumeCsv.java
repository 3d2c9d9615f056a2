package io.lifeboat.volumes;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes rows as CSV (RFC 4180 quoting), in the columns and order given: the view as the user sees it. */
public final class VolumeCsv {

    private VolumeCsv() {
    }

    public static void write(List<VolumeRecord> records, List<VolumeColumn> columns, Writer out) throws IOException {
        writeLine(out, columns.stream().map(VolumeColumn::header).toList());
        for (VolumeRecord record : records) {
            writeLine(out, columns.stream().map(c -> c.text(record)).toList());
        }
        out.flush();
    }

    private static void writeLine(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(cells.get(i)));
        }
        out.write("\r\n");
    }

    static String quote(String cell) {
        boolean needs = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0 || (!cell.isEmpty() && (cell.charAt(0) == ' ' || cell.charAt(cell.length() - 1) == ' '));
        // A cell starting with = + - @ would run as a formula in a spreadsheet: defuse it.
        String safe = !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
        return needs || !safe.equals(cell) ? "\"" + safe.replace("\"", "\"\"") + "\"" : cell;
    }
}
