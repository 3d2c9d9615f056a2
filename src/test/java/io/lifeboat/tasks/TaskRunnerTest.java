package io.lifeboat.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.aws.Problem;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;

class TaskRunnerTest {

    @Test
    void aTaskReportsProgressAndItsResultComesBackOnTheCallbackExecutor() throws Exception {
        List<String> callbackThreads = new CopyOnWriteArrayList<>();
        try (BackgroundTaskRunner runner = new BackgroundTaskRunner(2,
                r -> new Thread(() -> { callbackThreads.add(Thread.currentThread().getName()); r.run(); }, "ui").start(),
                null)) {
            List<TaskListener.Change> changes = new CopyOnWriteArrayList<>();
            runner.addListener((task, change) -> changes.add(change));
            CountDownLatch done = new CountDownLatch(1);
            TaskHandle<Integer> handle = runner.submit(TaskSpec.titled("Count").resources(List.of("vol-1"))
                    .body(context -> {
                        assertThat(Thread.currentThread().getName()).startsWith("lifeboat-task-");
                        for (int i = 1; i <= 3; i++) {
                            context.progress(i, 3);
                        }
                        return 42;
                    })
                    .onSuccess(value -> done.countDown())
                    .build());

            assertThat(handle.result().get(5, TimeUnit.SECONDS)).isEqualTo(42);
            assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(callbackThreads).containsExactly("ui");
            assertThat(handle.state()).isEqualTo(TaskState.SUCCEEDED);
            assertThat(handle.done()).isEqualTo(3);
            assertThat(changes).startsWith(TaskListener.Change.SUBMITTED, TaskListener.Change.STARTED)
                    .endsWith(TaskListener.Change.FINISHED).contains(TaskListener.Change.PROGRESS);
            assertThat(runner.active()).isEmpty();
        }
    }

    @Test
    void aFailureCarriesTheAwsErrorCodeAndCanBeRetried() {
        InlineTaskRunner runner = new InlineTaskRunner();
        AtomicInteger attempts = new AtomicInteger();
        List<Problem> failures = new CopyOnWriteArrayList<>();
        TaskHandle<String> first = runner.submit(TaskSpec.titled("Flaky").<String>body(context -> {
            if (attempts.incrementAndGet() == 1) {
                throw Ec2Exception.builder().statusCode(503).awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode("RequestLimitExceeded").errorMessage("Request limit exceeded.").build()).build();
            }
            return "ok";
        }).onFailure(f -> failures.add(f.problem())).build());

        assertThat(first.state()).isEqualTo(TaskState.FAILED);
        assertThat(first.problem().code()).isEqualTo("RequestLimitExceeded");
        assertThat(first.problem().kind()).isEqualTo(Problem.Kind.THROTTLED);
        assertThat(failures).hasSize(1);

        TaskHandle<String> retry = first.retry();
        assertThat(retry.state()).isEqualTo(TaskState.SUCCEEDED);
        assertThat(retry.retryOf()).isEqualTo(first.id());
        assertThat(retry.result().join()).isEqualTo("ok");
    }

    @Test
    void cancellingARunningTaskStopsItAtItsNextCheck() throws Exception {
        try (BackgroundTaskRunner runner = new BackgroundTaskRunner(1, Runnable::run, null)) {
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            TaskHandle<Void> handle = runner.submit(TaskSpec.titled("Long").<Void>body(context -> {
                started.countDown();
                release.await(5, TimeUnit.SECONDS);
                context.checkCancelled();
                throw new AssertionError("should have been cancelled");
            }).build());
            TaskHandle<Void> queued = runner.submit(TaskSpec.titled("Queued").<Void>body(context -> null).build());
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

            queued.cancel();
            handle.cancel();
            release.countDown();

            assertThat(handle.result()).failsWithin(5, TimeUnit.SECONDS);
            assertThat(handle.state()).isEqualTo(TaskState.CANCELLED);
            assertThat(queued.state()).isEqualTo(TaskState.CANCELLED);
        }
    }

    @Test
    void aTaskSubmittedAfterCloseEndsCancelledWithoutRunningOrThrowing() {
        BackgroundTaskRunner runner = new BackgroundTaskRunner(1, Runnable::run, null);
        runner.close();
        AtomicInteger ran = new AtomicInteger();

        TaskHandle<Void> late = runner.submit(TaskSpec.titled("Late").<Void>body(context -> {
            ran.incrementAndGet();
            return null;
        }).build());

        assertThat(late.state()).isEqualTo(TaskState.CANCELLED);
        assertThat(ran).hasValue(0);
    }

    @Test
    void theRunningTaskIsKnownOnItsThread() {
        InlineTaskRunner runner = new InlineTaskRunner();
        TaskHandle<String> handle = runner.submit(TaskSpec.titled("Who").<String>body(
                context -> CurrentTask.get().map(TaskHandle::title).orElse("none")).build());

        assertThat(handle.result().join()).isEqualTo("Who");
        assertThat(CurrentTask.get()).isEmpty();
    }

    @Test
    void localWorkRunsApartFromAwsTasksAndIsNotRecorded() throws Exception {
        try (BackgroundTaskRunner runner = new BackgroundTaskRunner(1, Runnable::run, null)) {
            List<String> heard = new CopyOnWriteArrayList<>();
            runner.addListener((task, change) -> heard.add(task.title()));
            CountDownLatch release = new CountDownLatch(1);
            TaskHandle<Void> busy = runner.submit(TaskSpec.titled("Long AWS call").<Void>body(context -> {
                release.await(5, TimeUnit.SECONDS);
                return null;
            }).build());

            TaskHandle<String> filter = runner.submit(TaskSpec.titled("Filter rows").local()
                    .body(context -> Thread.currentThread().getName()).build());

            // The only AWS worker is busy: the local task still runs, on a thread of its own.
            assertThat(filter.result().get(5, TimeUnit.SECONDS)).startsWith("lifeboat-local-");
            release.countDown();
            busy.result().get(5, TimeUnit.SECONDS);
            assertThat(heard).isNotEmpty().containsOnly("Long AWS call");
        }
    }

    @Test
    void onFinishedRunsAfterEveryOutcomeOnTheCallbackThread() {
        InlineTaskRunner runner = new InlineTaskRunner();
        List<String> calls = new CopyOnWriteArrayList<>();
        runner.submit(TaskSpec.titled("Works").body(context -> "ok").onSuccess(v -> calls.add("success"))
                .onFinished(() -> calls.add("finished")).build());
        runner.submit(TaskSpec.titled("Fails").<String>body(context -> {
            throw new IllegalStateException("no");
        }).onFailure(f -> calls.add("failure")).onFinished(() -> calls.add("finished")).build());
        runner.submit(TaskSpec.titled("Cancelled").<String>body(context -> {
            throw new TaskCancelledException();
        }).onSuccess(v -> calls.add("success")).onFinished(() -> calls.add("finished")).build());

        assertThat(calls).containsExactly("success", "finished", "failure", "finished", "finished");
    }

    @Test
    void partialResultsReachTheCallbackThread() throws Exception {
        List<String> order = new CopyOnWriteArrayList<>();
        InlineTaskRunner inline = new InlineTaskRunner();
        inline.submit(TaskSpec.titled("Load").body(context -> {
            inline.runOnCallbackThread(() -> order.add("region done"));
            order.add("body continues");
            return null;
        }).build());
        assertThat(order).containsExactly("region done", "body continues");

        List<String> threads = new CopyOnWriteArrayList<>();
        try (BackgroundTaskRunner runner = new BackgroundTaskRunner(1,
                r -> new Thread(() -> { threads.add(Thread.currentThread().getName()); r.run(); }, "ui").start(), null)) {
            CountDownLatch delivered = new CountDownLatch(1);
            runner.submit(TaskSpec.titled("Load").body(context -> {
                runner.runOnCallbackThread(delivered::countDown);
                return null;
            }).build());
            assertThat(delivered.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(threads).first().isEqualTo("ui");
        }
    }

    @Test
    void aLocalTaskCannotBeMutating() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TaskSpec.titled("Delete").local().mutating()
                .body(context -> null).build()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyTheLatestTaskOfASlotCallsBackAndTheOneBeforeIsCancelled() throws Exception {
        Object slot = new Object();
        List<String> calls = new CopyOnWriteArrayList<>();
        try (BackgroundTaskRunner runner = new BackgroundTaskRunner(2, Runnable::run, null)) {
            CountDownLatch firstStarted = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            TaskHandle<String> first = runner.submit(TaskSpec.titled("Load eu-west-3").onlyLatest(slot).body(context -> {
                firstStarted.countDown();
                release.await(5, TimeUnit.SECONDS);
                return "eu-west-3";
            }).onSuccess(calls::add).onFinished(() -> calls.add("first finished")).build());
            assertThat(firstStarted.await(5, TimeUnit.SECONDS)).isTrue();

            CountDownLatch secondDone = new CountDownLatch(1);
            runner.submit(TaskSpec.titled("Load eu-west-1").onlyLatest(slot).body(context -> "eu-west-1")
                    .onSuccess(calls::add).onFinished(() -> {
                        calls.add("second finished");
                        secondDone.countDown();
                    }).build());
            assertThat(secondDone.await(5, TimeUnit.SECONDS)).isTrue();
            release.countDown();

            assertThat(first.result()).failsWithin(5, TimeUnit.SECONDS);
            assertThat(first.state()).isEqualTo(TaskState.CANCELLED);
            assertThat(first.superseded()).isTrue();
            assertThat(calls).containsExactly("eu-west-1", "second finished");
        }
    }
}
