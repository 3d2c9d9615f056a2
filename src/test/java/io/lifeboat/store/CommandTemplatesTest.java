package io.lifeboat.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.commands.CommandOptions;
import io.lifeboat.commands.CommandRequest;
import io.lifeboat.commands.CommandTemplate;
import io.lifeboat.commands.RateControl;
import io.lifeboat.commands.TagTarget;
import io.lifeboat.commands.Targets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Run Command templates in the local store: saved by name, replaced, deleted, there at the next start. */
class CommandTemplatesTest {

    private static final Instant NOW = Instant.parse("2025-03-10T09:00:00Z");

    private static CommandTemplate template(String name, String command) {
        CommandRequest request = new CommandRequest("AWS-RunShellScript", null, Map.of("commands", List.of(command)),
                new Targets.ByTags(List.of(TagTarget.parse("Role=web,api"), TagTarget.parse("Env=prod"))),
                new CommandOptions("weekly", 600, new RateControl("10%", "1"), "ops-output", "rc", "/lifeboat/rc",
                        null, null));
        return CommandTemplate.of(name, request, 2, NOW);
    }

    @Test
    void savedTemplatesComeBackWholeAfterARestart(@TempDir Path home) {
        try (Database db = Database.open(home)) {
            CommandTemplates templates = new CommandTemplates(db);
            templates.save(template("disk check", "df -h"));
            templates.save(template("uptime", "uptime"));
            templates.save(template("disk check", "df -h /var"));
        }
        try (Database db = Database.open(home)) {
            List<CommandTemplate> all = new CommandTemplates(db).all();
            assertThat(all).extracting(CommandTemplate::name).containsExactly("disk check", "uptime");
            CommandTemplate disk = all.get(0);
            assertThat(disk.parameters()).containsEntry("commands", List.of("df -h /var"));
            assertThat(disk.targets()).isEqualTo(new Targets.ByTags(List.of(TagTarget.parse("Role=web,api"),
                    TagTarget.parse("Env=prod"))));
            assertThat(disk.options().rateControl()).isEqualTo(new RateControl("10%", "1"));
            assertThat(disk.options().cloudWatchLogGroup()).isEqualTo("/lifeboat/rc");
            assertThat(disk.canary()).isEqualTo(2);
            assertThat(disk.savedAt()).isEqualTo(NOW);

            new CommandTemplates(db).delete("uptime");
            assertThat(new CommandTemplates(db).all()).extracting(CommandTemplate::name).containsExactly("disk check");
        }
    }
}
