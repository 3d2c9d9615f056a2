package io.lifeboat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code --time-budget} as people write durations, and as ISO-8601. */
class BudgetDurationTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"10m, 600", "PT10M, 600", "pt10m, 600", "90s, 90", "1h30m, 5400", "2h, 7200", "1h0m5s, 3605", " 45m , 2700"})
    void readsShortAndIsoDurations(String text, long seconds) {
        assertThat(new BudgetDuration().convert(text)).isEqualTo(Duration.ofSeconds(seconds));
    }
}
