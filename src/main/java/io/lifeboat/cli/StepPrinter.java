package io.lifeboat.cli;

import io.lifeboat.restore.JobStep;
import io.lifeboat.restore.RestoreJob;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/** A running job's steps on the terminal (stderr, so {@code --json} stays clean): one line per change worth saying. */
final class StepPrinter implements Consumer<RestoreJob> {

    private final PrintWriter err;
    private final Map<Integer, String> said = new HashMap<>();

    StepPrinter(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void accept(RestoreJob job) {
        for (int i = 0; i < job.steps().size(); i++) {
            JobStep step = job.steps().get(i);
            String line = switch (step.state()) {
                case PENDING -> null;
                case RUNNING -> "  ... " + step.label() + (step.detail() == null ? "" : ": " + step.detail());
                case DONE -> "  ok  " + step.label() + (step.detail() == null ? "" : ": " + step.detail());
                case FAILED -> "  !!  " + step.label() + ": " + (step.problem() == null ? "failed" : step.problem().message());
            };
            if (line != null && !line.equals(said.get(i))) {
                said.put(i, line);
                err.println(line);
            }
        }
        err.flush();
    }
}
