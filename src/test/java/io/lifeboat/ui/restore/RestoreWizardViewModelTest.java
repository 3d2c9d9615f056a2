package io.lifeboat.ui.restore;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.app.Lifeboat;
import io.lifeboat.app.Session;
import io.lifeboat.aws.ConnectionSpec;
import io.lifeboat.aws.credentials.MfaCodePrompt;
import io.lifeboat.aws.sandbox.SandboxAccount;
import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.aws.sandbox.SandboxServiceClients;
import io.lifeboat.aws.sandbox.rds.RdsNetwork;
import io.lifeboat.restore.ClusterSummary;
import io.lifeboat.restore.Cutover;
import io.lifeboat.restore.PlannedCall;
import io.lifeboat.restore.RestoreJob;
import io.lifeboat.restore.StepState;
import io.lifeboat.tasks.InlineTaskRunner;
import io.lifeboat.testing.SandboxPace;
import io.lifeboat.aws.Problem;
import io.lifeboat.ui.RecordingDialogs;
import io.lifeboat.ui.common.DialogService;
import java.util.List;
import java.util.Optional;
import io.lifeboat.ui.common.RegionSelection;
import io.lifeboat.ui.shell.Destinations;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.RRType;
import software.amazon.awssdk.services.route53.model.ResourceRecord;

/** The Restore view and its wizard on the same-thread runner, over the demo sandbox: every step, then the revert. */
class RestoreWizardViewModelTest {

    private static final String REGION = "eu-west-3";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @TempDir
    Path home;

    private final SandboxClock clock = SandboxClock.manual(Instant.parse("2025-03-10T09:00:00Z"));
    private final SandboxAccount account = SandboxAccount.withDemoFleet(clock);
    private final TitledDialogs dialogs = new TitledDialogs();

    /** Records every question like {@link RecordingDialogs}, and says yes to all but the one titled {@link #refuse}. */
    static final class TitledDialogs implements DialogService {
        final RecordingDialogs recorded = new RecordingDialogs();
        final List<String> asked = recorded.asked;
        String refuse;
        boolean answer;

        @Override
        public boolean confirm(String title, String message, String confirmLabel) {
            recorded.confirm(title, message, confirmLabel);
            return answer && !title.equals(refuse);
        }

        @Override
        public boolean confirmByTyping(String title, String message, String expected) {
            recorded.answer = answer;
            return recorded.confirmByTyping(title, message, expected);
        }

        @Override
        public void showProblem(String title, Problem problem) {
            recorded.showProblem(title, problem);
        }

        @Override
        public void showInformation(String title, String message) {
            recorded.showInformation(title, message);
        }

        @Override
        public Optional<Path> chooseSaveFile(String title, String suggestedName, String extension) {
            return recorded.chooseSaveFile(title, suggestedName, extension);
        }

        @Override
        public void openLink(String url) {
            recorded.openLink(url);
        }

        @Override
        public void copyToClipboard(String text) {
            recorded.copyToClipboard(text);
        }
    }
    private Lifeboat core;
    private Session session;
    private RestoreViewModel model;
    private RestoreWizardViewModel wizard;

    @BeforeEach
    void open() {
        core = Lifeboat.open(home, Runnable::run, () -> false, MfaCodePrompt.NONE, spec -> new SandboxServiceClients(account));
        core.restoreJobs().pace(SandboxPace.moving(clock, Duration.ofSeconds(15)));
        session = core.connect(ConnectionSpec.sandbox(REGION, false));
        InlineTaskRunner tasks = new InlineTaskRunner();
        model = new RestoreViewModel(tasks, new RegionSelection(Destinations.RESTORE, RegionSelection.Mode.ONE, tasks,
                core.settings()), dialogs, core.restoreJobs(), PARIS);
        model.sessionChanged(session);
        wizard = model.wizard();
        dialogs.answer = true;
    }

    @AfterEach
    void close() {
        core.close();
    }

    private ClusterSummary database(String id) {
        return model.databases().rows().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    private long calls() {
        return session.connection().calls().total();
    }

    @Test
    void documentDbAndNeptuneAreListedButNotRestorable() {
        model.restore(database("catalog-docs"));
        wizard.next();
        assertThat(wizard.stepProperty().get()).isEqualTo(RestoreWizardViewModel.Step.SOURCE);
        assertThat(wizard.problemProperty().get()).contains("DocumentDB");
        wizard.sourceProperty().set(database("graph-recs"));
        wizard.next();
        assertThat(wizard.problemProperty().get()).contains("Neptune");
    }

    @Test
    void aTimeOutsideTheWindowIsRefusedWithItsBoundsAndNothingIsAsked() {
        model.restore(database("orders-prod"));
        wizard.next();
        PointInTimeViewModel time = wizard.time();
        long before = calls();

        time.typedInUtcProperty().set(false);
        time.typedProperty().set("2025-03-01 10:00:00");
        time.applyTyped();
        wizard.next();

        assertThat(wizard.stepProperty().get()).isEqualTo(RestoreWizardViewModel.Step.TIME);
        assertThat(wizard.problemProperty().get()).contains("outside the restorable window")
                .contains("2025-03-03T09:00:00Z to 2025-03-10T08:55:00Z");
        assertThat(time.utcTextProperty().get()).isEqualTo("2025-03-01 09:00:00 UTC");
        assertThat(time.localTextProperty().get()).startsWith("2025-03-01 10:00:00 CET");
        assertThat(calls()).as("no AWS call for the time step").isEqualTo(before);

        time.typedProperty().set("2025-03-10 09:30:00");
        time.applyTyped();
        assertThat(time.problemProperty().get()).isEmpty();
        assertThat(time.utcTextProperty().get()).isEqualTo("2025-03-10 08:30:00 UTC");
        wizard.next();
        assertThat(wizard.stepProperty().get()).isEqualTo(RestoreWizardViewModel.Step.TARGET);
    }

    @Test
    void theWizardRestoresCreatesTheInstancesSwitchesTheCnameAndRevertsIt() {
        model.restore(database("orders-prod"));
        wizard.next();
        wizard.next();
        TargetViewModel target = wizard.target();
        assertThat(target.securityGroups()).containsExactly(RdsNetwork.ORDERS_DB_SG);
        assertThat(target.availableGroups()).extracting(g -> g.name()).contains("default", "orders-db");
        target.idProperty().set("orders-restored");
        target.instancesProperty().set(2);
        assertThat(target.instanceNamesProperty().get())
                .isEqualTo("orders-restored-1 (db.r6g.large, writer), orders-restored-2 (db.r6g.large, reader)");
        wizard.next();

        assertThat(wizard.stepProperty().get()).isEqualTo(RestoreWizardViewModel.Step.REVIEW);
        assertThat(wizard.problemProperty().get()).isEmpty();
        assertThat(wizard.reviewProperty().get().calls()).extracting(PlannedCall::operation).containsExactly(
                "RestoreDBClusterToPointInTime", "DescribeDBClusters", "CreateDBInstance", "CreateDBInstance",
                "DescribeDBInstances");
        assertThat(session.connection().calls().count("RestoreDBClusterToPointInTime")).isZero();

        wizard.next();
        assertThat(dialogs.asked).contains("confirm: Restore orders-prod? [Start restore]");
        assertThat(wizard.stepProperty().get()).isEqualTo(RestoreWizardViewModel.Step.RUN);
        RestoreJob job = wizard.job().entryProperty().get().job();
        assertThat(job.status()).isEqualTo(RestoreJob.Status.DONE);
        assertThat(wizard.job().steps()).allSatisfy(s -> assertThat(s.state()).isEqualTo(StepState.DONE));
        assertThat(model.jobs()).extracting(e -> e.job().id()).containsExactly(job.id());

        wizard.next();
        assertThat(wizard.stepProperty().get()).isEqualTo(RestoreWizardViewModel.Step.CUTOVER);
        CutoverViewModel cutover = wizard.cutover();
        assertThat(cutover.zoneProperty().get().name()).isEqualTo("myproject.io.");
        assertThat(cutover.recordProperty().get().name()).isEqualTo("mydatabase.myproject.io.");
        assertThat(cutover.currentProperty().get()).contains("orders-prod.cluster-").contains("TTL 60 s");

        wizard.switchDns();
        assertThat(wizard.job().entryProperty().get().job().cutover().state()).isEqualTo(Cutover.State.SWITCHED);
        assertThat(cname()).startsWith("orders-restored.cluster-");
        assertThat(cutover.currentProperty().get()).as("read again after the switch").contains("orders-restored.cluster-");

        model.selectedJobProperty().set(model.jobs().get(0));
        assertThat(model.jobPage().canRevertProperty().get()).isTrue();
        model.jobPage().revert();
        assertThat(model.jobPage().entryProperty().get().job().cutover().state()).isEqualTo(Cutover.State.REVERTED);
        assertThat(cname()).startsWith("orders-prod.cluster-");
    }

    @Test
    void theVpcsDefaultSecurityGroupIsRefusedWhenTheSourceDoesNotUseIt() {
        model.restore(database("orders-prod"));
        wizard.next();
        wizard.next();
        wizard.target().toggleSecurityGroup(RdsNetwork.PROD_VPC_DEFAULT_SG, true);
        wizard.next();
        assertThat(wizard.problemProperty().get()).contains(RdsNetwork.PROD_VPC_DEFAULT_SG).contains("default security group");
        wizard.next();
        assertThat(wizard.stepProperty().get()).isEqualTo(RestoreWizardViewModel.Step.REVIEW);
        assertThat(session.connection().calls().count("RestoreDBClusterToPointInTime")).isZero();
    }

    @Test
    void aMistypedOrTakenNewNameIsRefusedWithWhyAndNothingIsRestored() {
        model.restore(database("orders-prod"));
        wizard.next();
        wizard.next();
        TargetViewModel target = wizard.target();

        target.idProperty().set("orders_drill");
        assertThat(target.idProblemProperty().get()).as("said while typing")
                .isEqualTo("'orders_drill' may hold only letters, digits and hyphens, not '_'.");
        wizard.next();
        assertThat(wizard.stepProperty().get()).isEqualTo(RestoreWizardViewModel.Step.TARGET);
        assertThat(wizard.problemProperty().get()).contains("New identifier: 'orders_drill'");

        target.idProperty().set("billing-prod");
        assertThat(target.idProblemProperty().get()).isEmpty();
        wizard.next();
        assertThat(wizard.stepProperty().get()).isEqualTo(RestoreWizardViewModel.Step.REVIEW);
        assertThat(wizard.problemProperty().get()).contains("A cluster named billing-prod already exists in " + REGION);
        wizard.next();
        assertThat(wizard.stepProperty().get()).as("no start over a taken name").isEqualTo(RestoreWizardViewModel.Step.REVIEW);
        assertThat(wizard.problemProperty().get()).contains("already exists");
        assertThat(session.connection().calls().count("RestoreDBClusterToPointInTime")).isZero();
        assertThat(model.jobs()).isEmpty();
    }

    @Test
    void aRecordChangedSinceTheCutoverIsRevertedOnlyIfTheUserSaysSo() {
        model.restore(database("orders-prod"));
        wizard.next();
        wizard.next();
        wizard.target().idProperty().set("orders-restored");
        wizard.next();
        wizard.next();
        wizard.next();
        wizard.switchDns();
        String zone = wizard.cutover().zoneProperty().get().id();
        session.connection().clients().route53().changeResourceRecordSets(r -> r.hostedZoneId(zone).changeBatch(b -> b
                .changes(c -> c.action(ChangeAction.UPSERT).resourceRecordSet(s -> s.name("mydatabase.myproject.io.")
                        .type(RRType.CNAME).ttl(60L).resourceRecords(ResourceRecord.builder().value("elsewhere.example").build())))));
        model.selectedJobProperty().set(model.jobs().get(0));

        dialogs.asked.clear();
        dialogs.refuse = "Revert anyway?";
        model.jobPage().revert();
        assertThat(dialogs.asked).containsExactly("confirm: Revert mydatabase.myproject.io.? [Revert]",
                "confirm: Revert anyway? [Revert anyway]");
        assertThat(cname()).as("the user said no: someone else's value stays").isEqualTo("elsewhere.example");

        dialogs.refuse = null;
        model.jobPage().revert();
        assertThat(cname()).startsWith("orders-prod.cluster-");
    }

    private String cname() {
        return session.dnsZones().cname(wizard.cutover().zoneProperty().get().id(), "mydatabase.myproject.io.")
                .orElseThrow().value();
    }
}
