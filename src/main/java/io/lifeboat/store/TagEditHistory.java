package io.lifeboat.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lifeboat.snapshots.PolicyHistory;
import io.lifeboat.volumes.TagChange;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tag edits Lifeboat applied, each resource's tags just before and after, by account and region. EC2
 * keeps no history of tags: this is what the snapshot timelines know of when a volume was protected or
 * opted out. Rows are only ever added.
 */
public final class TagEditHistory {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> TAGS = new TypeReference<>() { };

    private final Database db;

    public TagEditHistory(Database db) {
        this.db = db;
    }

    public void record(List<TagChange> applied, String account, Instant at) {
        if (applied.isEmpty()) {
            return;
        }
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO tag_edits (time, account, region, resource_id, before_tags, after_tags)
                    VALUES (?, ?, ?, ?, ?, ?)""")) {
                for (TagChange change : applied) {
                    ps.setLong(1, at.toEpochMilli());
                    ps.setString(2, account);
                    ps.setString(3, change.region());
                    ps.setString(4, change.resourceId());
                    ps.setString(5, json(change.before()));
                    ps.setString(6, json(change.after()));
                    ps.addBatch();
                }
                return ps.executeBatch();
            }
        });
    }

    /** The edits made in a region of an account, oldest first. */
    public List<PolicyHistory.RecordedEdit> edits(String account, String region) {
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT time, resource_id, before_tags, after_tags FROM tag_edits WHERE account IS ? AND region = ?
                    ORDER BY time, id""")) {
                ps.setString(1, account);
                ps.setString(2, region);
                try (ResultSet rs = ps.executeQuery()) {
                    List<PolicyHistory.RecordedEdit> edits = new ArrayList<>();
                    while (rs.next()) {
                        edits.add(new PolicyHistory.RecordedEdit(Instant.ofEpochMilli(rs.getLong(1)), rs.getString(2),
                                tags(rs.getString(3)), tags(rs.getString(4))));
                    }
                    return edits;
                }
            }
        });
    }

    private static String json(Map<String, String> tags) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(tags));
        } catch (JsonProcessingException e) {
            throw new StoreException("Cannot write tags as JSON: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> tags(String json) {
        try {
            return JSON.readValue(json, TAGS);
        } catch (JsonProcessingException e) {
            throw new StoreException("Unreadable tags in the tag edit history: " + e.getMessage(), e);
        }
    }
}
