package io.lifeboat.aws.pace;

/**
 * What one region's pacing of mutating calls has learned, for callers that schedule work: how many
 * calls to keep in flight, and the rate (for progress displays).
 */
public interface Pace {

    /** Calls a caller should keep in flight in this region now; at least one. */
    int window();

    /** The learned rate in calls per second, or NaN while nothing has been throttled. */
    double rate();

    /** Throttling answers seen so far. */
    long throttles();

    /** How long a mutating call takes to be answered, in seconds (a moving average), or NaN before any. */
    double latencySeconds();

    /** No pacing (clients without the guards): a fixed window, no rate. */
    Pace UNPACED = new Pace() {
        @Override
        public int window() {
            return LearnedRate.MAX_WINDOW;
        }

        @Override
        public double rate() {
            return Double.NaN;
        }

        @Override
        public long throttles() {
            return 0;
        }

        @Override
        public double latencySeconds() {
            return Double.NaN;
        }
    };
}
