package io.lifeboat.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeboat.aws.Connection;
import io.lifeboat.aws.ConnectionSpec;
import io.lifeboat.aws.Connector;
import io.lifeboat.aws.guard.AuditRecord;
import io.lifeboat.aws.guard.ReadOnlyModeException;
import io.lifeboat.aws.sandbox.SandboxAccount;
import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.aws.sandbox.SandboxServiceClients;
import io.lifeboat.tasks.InlineTaskRunner;
import io.lifeboat.tasks.TaskSpec;
import io.lifeboat.tasks.TaskState;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ec2.model.Tag;

/** What is on disk while a task runs, and what the next start makes of a process that died. */
class StorePersistenceTest {

    @Test
    void aTaskIsOnRecordWhileItRunsAndFoundInterruptedAfterACrash(@TempDir Path home) {
        Database db = Database.open(home);
        ActivityLog activity = new ActivityLog(db);
        InlineTaskRunner runner = new InlineTaskRunner();
        runner.addListener(activity);
        AtomicReference<List<ActivityEntry>> whileRunning = new AtomicReference<>();
        runner.submit(TaskSpec.titled("Snapshot vol-1").resources(List.of("vol-1")).mutating().<Void>body(context -> {
            whileRunning.set(new ActivityLog(Database.open(home)).recent(10));
            return null;
        }).build());

        assertThat(whileRunning.get()).singleElement().satisfies(entry -> {
            assertThat(entry.state()).isEqualTo(TaskState.RUNNING);
            assertThat(entry.resources()).containsExactly("vol-1");
            assertThat(entry.mutating()).isTrue();
        });

        // The process "dies" with a task running: its row stays RUNNING until the next start says otherwise.
        Database crashed = Database.open(home);
        crashed.with(c -> c.createStatement().executeUpdate("UPDATE activity SET state = 'RUNNING', ended_at = NULL"));
        Database restarted = Database.open(home);
        assertThat(new ActivityLog(restarted).markInterrupted()).isEqualTo(1);
        assertThat(new ActivityLog(restarted).recent(10)).singleElement()
                .satisfies(entry -> assertThat(entry.state()).isEqualTo(TaskState.INTERRUPTED));
    }

    @Test
    void everyMutatingCallIsAuditedBeforeItIsSentAndCompletedAfter(@TempDir Path home) {
        Database db = Database.open(home);
        AuditLog audit = new AuditLog(db);
        SandboxAccount account = SandboxAccount.empty(SandboxClock.manual(Instant.parse("2026-11-25T10:00:00Z")));
        try (Connection connection = Connector.builder().audit(audit)
                .sandbox(spec -> new SandboxServiceClients(account)).build()
                .connect(ConnectionSpec.sandbox("eu-west-3", false))) {
            String volume = connection.clients().ec2("eu-west-3")
                    .createVolume(r -> r.availabilityZone("eu-west-3a").size(8)).volumeId();
            connection.clients().ec2("eu-west-3").describeVolumes(r -> r.volumeIds(volume));
            connection.setReadOnly(true);
            assertThatThrownBy(() -> connection.clients().ec2("eu-west-3").createTags(r -> r.resources(volume)
                    .tags(Tag.builder().key("Backup").value("Yes").build())))
                    .isInstanceOf(ReadOnlyModeException.class).hasMessageContaining("CreateTags");
        }

        List<AuditRecord> records = audit.recent(10);
        assertThat(records).extracting(AuditRecord::operation).containsExactly("CreateTags", "CreateVolume");
        AuditRecord refused = records.get(0);
        assertThat(refused.outcome()).isEqualTo(AuditRecord.Outcome.REFUSED);
        AuditRecord created = records.get(1);
        assertThat(created.outcome()).isEqualTo(AuditRecord.Outcome.SUCCEEDED);
        assertThat(created.profile()).isEqualTo("sandbox");
        assertThat(created.account()).isEqualTo(SandboxAccount.ACCOUNT_ID);
        assertThat(created.region()).isEqualTo("eu-west-3");
        assertThat(created.requestId()).isNotBlank();
        assertThat(created.resourceIds()).anyMatch(id -> id.startsWith("vol-"));

        // A call still pending when the app died is marked unknown at the next start.
        db.with(c -> c.createStatement().executeUpdate("UPDATE audit SET outcome = 'PENDING' WHERE operation = 'CreateVolume'"));
        assertThat(new AuditLog(Database.open(home)).markUnknown()).isEqualTo(1);
    }

    @Test
    void schemaMigrationsRunOnceAndSettingsPersist(@TempDir Path home) {
        new SettingsStore(Database.open(home)).put("ui.theme", "dark");
        Database again = Database.open(home);

        int version = again.with(c -> c.createStatement().executeQuery("PRAGMA user_version").getInt(1));
        assertThat(version).isEqualTo(Database.schemaVersion());
        assertThat(new SettingsStore(again).get("ui.theme")).contains("dark");
    }
}
