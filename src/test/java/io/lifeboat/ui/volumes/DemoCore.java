package io.lifeboat.ui.volumes;

import io.lifeboat.app.Lifeboat;
import io.lifeboat.app.Session;
import io.lifeboat.aws.ConnectionSpec;
import io.lifeboat.aws.credentials.MfaCodePrompt;
import io.lifeboat.aws.sandbox.SandboxAccount;
import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.aws.sandbox.SandboxServiceClients;
import io.lifeboat.tasks.TaskRunner;
import io.lifeboat.ui.RecordingDialogs;
import io.lifeboat.ui.common.RegionSelection;
import io.lifeboat.ui.shell.Destinations;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The app's core over the demo sandbox on a Friday morning, connected in eu-west-3, for view-model tests. */
final class DemoCore implements AutoCloseable {

    static final String REGION = "eu-west-3";

    final Lifeboat core;
    final Session session;
    final RecordingDialogs dialogs = new RecordingDialogs();
    final List<String> notes = new ArrayList<>();

    DemoCore(Path home) {
        SandboxAccount account = SandboxAccount.withDemoFleet(SandboxClock.manual(Instant.parse("2026-11-20T10:15:00Z")));
        core = Lifeboat.open(home, Runnable::run, () -> false, MfaCodePrompt.NONE, spec -> new SandboxServiceClients(account));
        session = core.connect(ConnectionSpec.sandbox(REGION, false));
    }

    /** A Volumes view model as the view builds it, on {@code tasks}. */
    VolumesViewModel volumes(TaskRunner tasks) {
        return new VolumesViewModel(tasks, new RegionSelection(Destinations.VOLUMES, RegionSelection.Mode.SEVERAL,
                tasks, core.settings()), dialogs, notes::add);
    }

    @Override
    public void close() {
        core.close();
    }
}
