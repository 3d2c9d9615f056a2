package io.lifeboat.restore;

import io.lifeboat.aws.Problem;
import io.lifeboat.aws.ProblemException;

/**
 * A revert refused because the CNAME no longer points where the cutover put it: someone changed it
 * since. The user decides (the desktop asks; the command line wants {@code --force}).
 */
public final class RecordChangedException extends ProblemException {

    RecordChangedException(Problem problem) {
        super(problem);
    }
}
