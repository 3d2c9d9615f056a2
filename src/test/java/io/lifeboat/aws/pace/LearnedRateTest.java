package io.lifeboat.aws.pace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rate learner on its own, in simulated time: against buckets it was never told about, it ends
 * within 1.3 times the bucket's floor ((calls - bucket) / refill) with few calls throttled.
 */
class LearnedRateTest {

    private static final long MS = 1_000_000;

    @Test
    void learnsTheRefillOfASmallFastBucketFromThrottlingAlone() {
        for (long seed = 1; seed <= 3; seed++) {
            SimulatedRegion.Result result = new SimulatedRegion(20, 20, 150, seed).run(3_000, LearnedRate.MAX_WINDOW);

            assertThat(result.ratio()).as("wall time over the floor, seed " + seed).isLessThanOrEqualTo(1.3);
            assertThat(result.throttledShare()).as("throttled share, seed " + seed).isLessThanOrEqualTo(0.05);
            assertThat(result.learnedRate()).isBetween(14.0, 26.0);
        }
    }

    /** EC2's documented defaults for CreateSnapshot(s) and DeleteSnapshot: 100 tokens, 5 a second. */
    @Test
    void learnsEc2sDefaultBucketWithSlowAnswers() {
        SimulatedRegion.Result result = new SimulatedRegion(100, 5, 300, 7).run(1_500, LearnedRate.MAX_WINDOW);

        assertThat(result.ratio()).isLessThanOrEqualTo(1.3);
        assertThat(result.throttledShare()).isLessThanOrEqualTo(0.05);
        assertThat(result.learnedRate()).isBetween(3.5, 6.5);
    }

    @Test
    void untilTheFirstThrottlingTheWindowGrowsByOneCallPerAnswerAndNothingIsPaced() {
        LearnedRate rate = new LearnedRate();

        assertThat(rate.reserve(0)).isZero();
        assertThat(rate.reserve(0)).as("one call in flight at first").isEqualTo(-1);
        rate.admitted(0, 100 * MS);
        assertThat(rate.window()).isEqualTo(2);
        assertThat(rate.reserve(100 * MS)).isEqualTo(100 * MS);
        assertThat(rate.reserve(100 * MS)).isEqualTo(100 * MS);
        assertThat(rate.rate()).isNaN();
    }

    @Test
    void aThrottlingAnswerSetsTheRateFromWhatWasAdmittedThenPacesEveryCall() {
        LearnedRate rate = new LearnedRate();
        long now = 0;
        for (int i = 0; i < 20; i++) {
            long permit = rate.reserve(now);
            now += 50 * MS;
            rate.admitted(permit, now);
        }
        long permit = rate.reserve(now);
        rate.throttled(permit, now + 50 * MS);

        // 20 admitted in the 1.05 s since the first call, less a tenth.
        double expected = 0.9 * 20 / 1.05;
        assertThat(rate.rate()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
        long first = rate.reserve(now + 50 * MS);
        long second = rate.reserve(now + 50 * MS);
        assertThat(second - first).as("paced: one call every 1/rate s").isEqualTo((long) (1e9 / expected));
    }

    @Test
    void answersToCallsPermittedBeforeTheLastDecreaseDoNotLowerTheRateAgain() {
        LearnedRate rate = paced(10.0);
        double learned = rate.rate();
        long early = rate.reserve(0);
        long alsoEarly = rate.reserve(0);
        rate.throttled(early, 200 * MS);
        double once = rate.rate();

        rate.throttled(alsoEarly, 210 * MS);

        assertThat(once).isLessThan(learned);
        assertThat(rate.rate()).as("the second answer was to a call sent at the old rate").isEqualTo(once);
        assertThat(rate.throttles()).isEqualTo(2 + 1);
    }

    @Test
    void aThrottlingBeforeAnythingWasAdmittedHalvesTheWindowInsteadOfGuessingARate() {
        LearnedRate rate = new LearnedRate();
        long now = 0;
        for (int i = 0; i < 3; i++) {
            long permit = rate.reserve(now);
            rate.admitted(permit, now + MS);
        }
        assertThat(rate.window()).isEqualTo(4);

        rate.throttled(rate.reserve(now), now + 2 * MS);

        assertThat(rate.rate()).isNaN();
        assertThat(rate.window()).isEqualTo(2);
    }

    /** A rate learned from one throttling after {@code perSecond} calls a second were admitted for a while. */
    private static LearnedRate paced(double perSecond) {
        LearnedRate rate = new LearnedRate();
        long step = (long) (1e9 / perSecond);
        long now = -3_000 * MS;
        while (now < -100 * MS) {
            long permit = rate.reserve(now);
            now += step;
            rate.admitted(permit, now);
        }
        rate.throttled(rate.reserve(now), now);
        return rate;
    }
}
