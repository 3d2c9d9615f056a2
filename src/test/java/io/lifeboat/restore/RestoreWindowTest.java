package io.lifeboat.restore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeboat.aws.ProblemException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The restorable window, both ends included, refused times named with the window's bounds. */
class RestoreWindowTest {

    private static final Instant EARLIEST = Instant.parse("2025-03-03T09:00:00Z");
    private static final Instant LATEST = Instant.parse("2025-03-10T08:55:00Z");
    private final RestoreWindow window = new RestoreWindow("orders-prod", EARLIEST, LATEST);

    @Test
    void bothEdgesAreInsideAndAMillisecondBeyondEitherIsNot() {
        assertThatCode(() -> window.check(RestoreTime.of(EARLIEST))).doesNotThrowAnyException();
        assertThatCode(() -> window.check(RestoreTime.of(LATEST))).doesNotThrowAnyException();
        assertThatThrownBy(() -> window.check(RestoreTime.of(EARLIEST.minusMillis(1))))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("2025-03-03T08:59:59.999Z is outside the restorable window of orders-prod")
                .hasMessageContaining("2025-03-03T09:00:00Z to 2025-03-10T08:55:00Z");
        assertThatThrownBy(() -> window.check(RestoreTime.of(LATEST.plusMillis(1))))
                .isInstanceOf(ProblemException.class).hasMessageContaining("2025-03-10T08:55:00Z");
    }

    @Test
    void theLatestRestorableTimeIsAlwaysInsideAWindowWithBackups() {
        assertThatCode(() -> window.check(RestoreTime.latestRestorable())).doesNotThrowAnyException();
        assertThatThrownBy(() -> new RestoreWindow("new-db", null, null).check(RestoreTime.latestRestorable()))
                .isInstanceOf(ProblemException.class).hasMessageContaining("no restorable time yet");
    }

    @Test
    void aWindowWhoseStartIsUnknownTakesTheLatestTimeOnly() {
        RestoreWindow unknownStart = new RestoreWindow("legacy", null, LATEST);
        assertThatCode(() -> unknownStart.check(RestoreTime.latestRestorable())).doesNotThrowAnyException();
        assertThatThrownBy(() -> unknownStart.check(RestoreTime.of(LATEST.minusSeconds(60))))
                .isInstanceOf(ProblemException.class).hasMessageContaining("unknown")
                .satisfies(e -> assertThat(((ProblemException) e).problem().fix()).contains(LATEST.toString()));
    }

    @Test
    void boundsAreShownToTheSecondInsideTheWindow() {
        RestoreWindow fractional = new RestoreWindow("db", Instant.parse("2025-03-03T09:00:00.250Z"),
                Instant.parse("2025-03-10T08:55:00.750Z"));
        assertThat(fractional.firstSecond()).isEqualTo(Instant.parse("2025-03-03T09:00:01Z"));
        assertThat(fractional.lastSecond()).isEqualTo(Instant.parse("2025-03-10T08:55:00Z"));
        assertThat(fractional.contains(fractional.firstSecond())).isTrue();
        assertThat(fractional.contains(fractional.lastSecond())).isTrue();
        assertThat(fractional.text()).isEqualTo("2025-03-03T09:00:01Z to 2025-03-10T08:55:00Z");
    }
}
