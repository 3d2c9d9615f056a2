package io.lifeboat.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.lifeboat.commands.CommandTemplate;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Run Command templates saved on this machine, by name (saving a name again replaces it). Each is
 * kept as JSON, so a template saved by a newer Lifeboat with more options still opens.
 */
public final class CommandTemplates {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Database db;

    public CommandTemplates(Database db) {
        this.db = db;
    }

    public void save(CommandTemplate template) {
        String body = json(template);
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO command_templates (name, document, saved_at, body) VALUES (?, ?, ?, ?)
                    ON CONFLICT(name) DO UPDATE SET document = excluded.document, saved_at = excluded.saved_at,
                    body = excluded.body""")) {
                ps.setString(1, template.name());
                ps.setString(2, template.documentName());
                ps.setLong(3, template.savedAt().toEpochMilli());
                ps.setString(4, body);
                return ps.executeUpdate();
            }
        });
    }

    /** Every template, by name; one that cannot be read any more is left out. */
    public List<CommandTemplate> all() {
        List<String> bodies = db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT body FROM command_templates ORDER BY name");
                 ResultSet rs = ps.executeQuery()) {
                List<String> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
                return rows;
            }
        });
        List<CommandTemplate> templates = new ArrayList<>();
        for (String body : bodies) {
            try {
                templates.add(JSON.readValue(body, CommandTemplate.class));
            } catch (JsonProcessingException | IllegalArgumentException unreadable) {
                // written by something else; skipping it keeps the rest usable
            }
        }
        return templates;
    }

    public void delete(String name) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM command_templates WHERE name = ?")) {
                ps.setString(1, name);
                return ps.executeUpdate();
            }
        });
    }

    private static String json(CommandTemplate template) {
        try {
            return JSON.writeValueAsString(template);
        } catch (JsonProcessingException e) {
            throw new StoreException("Could not write template " + template.name() + ": " + e.getMessage(), e);
        }
    }
}
