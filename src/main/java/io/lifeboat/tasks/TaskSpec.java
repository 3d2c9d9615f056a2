package io.lifeboat.tasks;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A task as submitted: title, resources it touches, the body, and what to do with the outcome.
 * Specs are values: retrying a task submits its spec again.
 */
public final class TaskSpec<T> {

    private final String title;
    private final List<String> resources;
    private final boolean mutating;
    private final boolean local;
    private final Object slot;
    private final TaskBody<T> body;
    private final Consumer<T> onSuccess;
    private final Consumer<TaskFailure> onFailure;
    private final Runnable onFinished;

    private TaskSpec(Builder<T> builder) {
        this.title = Objects.requireNonNull(builder.title, "title");
        this.resources = List.copyOf(builder.resources);
        this.mutating = builder.mutating;
        this.local = builder.local;
        this.slot = builder.slot;
        this.body = Objects.requireNonNull(builder.body, "body");
        this.onSuccess = builder.onSuccess;
        this.onFailure = builder.onFailure;
        this.onFinished = builder.onFinished;
        if (local && mutating) {
            throw new IllegalArgumentException("A local task changes nothing in AWS: " + title);
        }
    }

    public static Builder<Void> titled(String title) {
        return new Builder<Void>().title(title);
    }

    public String title() {
        return title;
    }

    public List<String> resources() {
        return resources;
    }

    /** Whether the task changes anything in AWS (shown in the Activity view, and kept longer). */
    public boolean mutating() {
        return mutating;
    }

    /**
     * Local work (filtering rows, reading the local store): not an operation of the user's, so not
     * recorded in the activity log nor listed in the Activity view, and run apart from the tasks
     * that call AWS so that it never waits behind them.
     */
    public boolean local() {
        return local;
    }

    /** The slot this task is the latest of ({@link Builder#onlyLatest}), or {@code null}. */
    Object slot() {
        return slot;
    }

    TaskBody<T> body() {
        return body;
    }

    Consumer<T> onSuccess() {
        return onSuccess;
    }

    Consumer<TaskFailure> onFailure() {
        return onFailure;
    }

    Runnable onFinished() {
        return onFinished;
    }

    public static final class Builder<T> {
        private String title;
        private List<String> resources = List.of();
        private boolean mutating;
        private boolean local;
        private Object slot;
        private TaskBody<T> body;
        private Consumer<T> onSuccess = r -> { };
        private Consumer<TaskFailure> onFailure = f -> { };
        private Runnable onFinished = () -> { };

        private Builder() {
        }

        private Builder<T> title(String value) {
            this.title = value;
            return this;
        }

        public Builder<T> resources(List<String> ids) {
            this.resources = List.copyOf(ids);
            return this;
        }

        public Builder<T> mutating() {
            this.mutating = true;
            return this;
        }

        /** Marks local work: see {@link TaskSpec#local()}. */
        public Builder<T> local() {
            this.local = true;
            return this;
        }

        /**
         * Only the latest task submitted in {@code slot} counts: submitting one cancels the one before
         * it, whose callbacks ({@code onFinished} included) never run. For what the user can ask
         * again before the last answer is in: a load after a change of regions, a filter per
         * keystroke. A slot is any object, compared by identity: one per kind of request of a view.
         */
        public Builder<T> onlyLatest(Object slot) {
            this.slot = slot;
            return this;
        }

        @SuppressWarnings("unchecked")
        public <R> Builder<R> body(TaskBody<R> work) {
            Builder<R> typed = (Builder<R>) this;
            typed.body = work;
            return typed;
        }

        /** Runs on the runner's callback thread (the JavaFX thread on the desktop). */
        public Builder<T> onSuccess(Consumer<T> callback) {
            this.onSuccess = callback;
            return this;
        }

        /** Runs on the runner's callback thread, after the failure was recorded and announced. */
        public Builder<T> onFailure(Consumer<TaskFailure> callback) {
            this.onFailure = callback;
            return this;
        }

        /**
         * Runs on the runner's callback thread once the task is over, whatever the outcome (success,
         * failure or cancellation), after {@code onSuccess} or {@code onFailure}: where a view clears
         * its "loading" or "running" state.
         */
        public Builder<T> onFinished(Runnable callback) {
            this.onFinished = callback;
            return this;
        }

        public TaskSpec<T> build() {
            return new TaskSpec<>(this);
        }
    }
}
