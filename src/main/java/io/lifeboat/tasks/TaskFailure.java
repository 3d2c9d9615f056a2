package io.lifeboat.tasks;

import io.lifeboat.aws.Problem;

/** Why a task failed: the readable problem and the original error. */
public record TaskFailure(Problem problem, Throwable error) {
}
