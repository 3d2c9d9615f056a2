package io.lifeboat.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.lifeboat.aws.ClientTuning;
import io.lifeboat.aws.Connection;
import io.lifeboat.aws.ConnectionSpec;
import io.lifeboat.aws.Connector;
import io.lifeboat.aws.Regions;
import io.lifeboat.backup.BackupPlan;
import io.lifeboat.backup.BackupReport;
import io.lifeboat.backup.BackupService;
import io.lifeboat.backup.DeletionApproval;
import io.lifeboat.backup.RunListener;
import io.lifeboat.backup.RunScope;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * The scheduled backup as an AWS Lambda function (Java 17 runtime, EventBridge schedule): the same
 * engine as the desktop and the CLI, over real SDK clients with the function's role credentials.
 * Settings come from environment variables ({@link LambdaSettings}). Every mutating call and the
 * report are logged as JSON lines, bounded for CloudWatch Logs ({@link ReportLines}); the report's
 * summary is also the answer. When any volume, deletion or region
 * failed, the invocation fails at the end, so the function's {@code Errors} metric (and its alarm) sees it.
 * The run stops starting work a safety margin before the function's timeout
 * ({@link LambdaSettings#safetyMargin()}); a run stopped that way is not a failure: its answer's outcome is
 * {@code incomplete}, and the next scheduled invocation continues.
 */
public final class BackupHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    private final Function<String, String> env;
    private final PrintStream log;

    public BackupHandler() {
        this(System::getenv);
    }

    public BackupHandler(Function<String, String> env) {
        this(env, System.out);
    }

    BackupHandler(Function<String, String> env, PrintStream log) {
        this.env = env;
        this.log = log;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        LambdaSettings settings = LambdaSettings.from(env);
        Connector connector = Connector.builder().audit(new JsonLogAuditSink(log)).tuning(ClientTuning.standard()).build();
        // A dry run connects read-only: whatever the code does, nothing can change.
        ConnectionSpec spec = ConnectionSpec.defaultChain(settings.homeRegion(), settings.endpoint(), settings.dryRun());
        ExecutorService io = Executors.newCachedThreadPool();
        try (Connection connection = connector.connect(spec)) {
            List<String> regions = settings.allRegions()
                    ? Regions.enabled(connection.clients(), settings.homeRegion()) : settings.regions();
            BackupService service = new BackupService(connection.clients(), io);
            LambdaTaskContext task = new LambdaTaskContext(context);
            BackupPlan plan = service.plan(regions, settings.backup(), task);
            ReportLines lines = new ReportLines(new LogLines(log));
            if (settings.dryRun()) {
                lines.plan(plan);
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("dryRun", true);
                answer.put("plan", ReportLines.summary(plan));
                return answer;
            }
            RunScope scope = settings.prune() ? RunScope.CREATE_AND_PRUNE : RunScope.CREATE_ONLY;
            // With LIFEBOAT_PRUNE=true the deployment itself is the approval of each night's deletions.
            DeletionApproval approval = settings.prune() ? DeletionApproval.of(plan) : null;
            BackupReport report = service.run(plan, scope, approval, task, task.budget(settings.safetyMargin()),
                    RunListener.NONE);
            lines.report(report);
            if (report.outcome() == BackupReport.Outcome.FAILURES || report.outcome() == BackupReport.Outcome.CANCELLED) {
                throw new BackupFailedException(report);
            }
            // The summary, not every volume: a synchronous answer is limited to 6 MB.
            return ReportLines.summary(report);
        } finally {
            io.shutdownNow();
            log.flush();
        }
    }
}
