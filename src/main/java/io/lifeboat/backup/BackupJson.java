package io.lifeboat.backup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Map;

/**
 * Plans and reports as JSON: the CLI's {@code --json}, the Lambda's log and answer, the run history.
 * Field names are the records' own, enums their lower-case ids, times ISO-8601, days {@code yyyy-MM-dd}.
 */
public final class BackupJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            // Derived figures (totals, counts, outcome, summary) are written but not read back.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private BackupJson() {
    }

    /** One line: for log lines and storage. */
    public static String compact(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write JSON: " + e.getMessage(), e);
        }
    }

    public static String pretty(Object value) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write JSON: " + e.getMessage(), e);
        }
    }

    public static BackupReport report(String json) {
        try {
            return MAPPER.readValue(json, BackupReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a backup report: " + e.getOriginalMessage(), e);
        }
    }

    /** As plain maps and lists (the Lambda's answer). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> asMap(Object value) {
        return MAPPER.convertValue(value, Map.class);
    }
}
