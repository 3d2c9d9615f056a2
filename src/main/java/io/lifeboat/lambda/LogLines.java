package io.lifeboat.lambda;

import io.lifeboat.backup.BackupJson;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON lines on stdout, which Lambda sends to CloudWatch Logs, each kept well under its limit of
 * 256 KB per event (262,144 bytes, 26 of them overhead): a longer line is cut into several events and
 * no longer parses. Lists (the volumes that failed, a plan's creates) are split over numbered parts.
 */
final class LogLines {

    /** Bytes per line, with room for what Lambda adds (timestamp, request id). */
    static final int MAX_BYTES = 200 * 1024;

    private final PrintStream out;

    LogLines(PrintStream out) {
        this.out = out;
    }

    /** One line of small, bounded fields. */
    void line(Map<String, Object> fields) {
        out.println(BackupJson.compact(fields));
    }

    /**
     * {@code items} under {@code field}, as many lines as it takes, each with {@code header} and
     * {@code part} / {@code parts}; nothing when the list is empty.
     */
    void parts(Map<String, Object> header, String field, List<?> items) {
        if (items.isEmpty()) {
            return;
        }
        int budget = MAX_BYTES - bytes(BackupJson.compact(header)) - 100;
        List<List<Object>> chunks = new ArrayList<>();
        List<Object> chunk = new ArrayList<>();
        int size = 0;
        for (Object item : items) {
            int itemBytes = bytes(BackupJson.compact(item)) + 1;
            if (!chunk.isEmpty() && size + itemBytes > budget) {
                chunks.add(chunk);
                chunk = new ArrayList<>();
                size = 0;
            }
            chunk.add(item);
            size += itemBytes;
        }
        chunks.add(chunk);
        for (int i = 0; i < chunks.size(); i++) {
            Map<String, Object> line = new LinkedHashMap<>(header);
            line.put("part", i + 1);
            line.put("parts", chunks.size());
            line.put(field, chunks.get(i));
            line(line);
        }
    }

    static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
