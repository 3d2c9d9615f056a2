package io.lifeboat.restore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeboat.aws.ProblemException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Times as the command line and the wizard take them: explicit offsets, and local times that DST makes ambiguous. */
class RestoreTimeTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void latestOrAnIsoTimeWithItsOffset() {
        assertThat(RestoreTime.parse("latest").latest()).isTrue();
        assertThat(RestoreTime.parse(" LATEST ").latest()).isTrue();
        Instant utc = Instant.parse("2025-03-10T08:30:00Z");
        assertThat(RestoreTime.parse("2025-03-10T08:30:00Z").at()).isEqualTo(utc);
        assertThat(RestoreTime.parse("2025-03-10T09:30:00+01:00").at()).isEqualTo(utc);
        assertThat(RestoreTime.parse("2025-03-10T03:30:00-05:00").at()).isEqualTo(utc);
        assertThat(RestoreTime.parse("2025-03-10T09:30:00+01:00[Europe/Paris]").at()).isEqualTo(utc);
        assertThat(RestoreTime.parse("2025-03-10T08:30:00.500Z").at()).isEqualTo(utc.plusMillis(500));
        assertThat(RestoreTime.of(utc).text()).isEqualTo("2025-03-10T08:30:00Z");
    }

    @Test
    void aTimeWithoutAnOffsetIsRefusedRatherThanGuessed() {
        assertThatThrownBy(() -> RestoreTime.parse("2025-03-10T09:30:00")).isInstanceOf(ProblemException.class)
                .hasMessageContaining("has no offset")
                .satisfies(e -> assertThat(((ProblemException) e).problem().fix())
                        .contains("2025-03-10T09:30Z").contains("+01:00"));
        assertThatThrownBy(() -> RestoreTime.parse("yesterday")).isInstanceOf(ProblemException.class)
                .hasMessageContaining("neither 'latest' nor an ISO-8601 time");
        assertThatThrownBy(() -> RestoreTime.parse("")).isInstanceOf(ProblemException.class);
    }

    @Test
    void aLocalTimeIsReadInItsZoneWinterAndSummerAlike() {
        assertThat(RestoreTime.local(LocalDateTime.parse("2025-01-15T10:00:00"), PARIS).at())
                .isEqualTo(Instant.parse("2025-01-15T09:00:00Z"));
        assertThat(RestoreTime.local(LocalDateTime.parse("2025-07-15T10:00:00"), PARIS).at())
                .isEqualTo(Instant.parse("2025-07-15T08:00:00Z"));
        assertThat(RestoreTime.local(LocalDateTime.parse("2025-07-15T10:00:00"), NEW_YORK).at())
                .isEqualTo(Instant.parse("2025-07-15T14:00:00Z"));
    }

    @Test
    void aLocalTimeTheClocksSkipIsRefused() {
        // Paris, 30 March 2025: 02:00 became 03:00.
        assertThatThrownBy(() -> RestoreTime.local(LocalDateTime.parse("2025-03-30T02:30:00"), PARIS))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("2025-03-30T02:30 does not exist in Europe/Paris")
                .hasMessageContaining("from 02:00 to 03:00");
        assertThat(RestoreTime.local(LocalDateTime.parse("2025-03-30T03:00:00"), PARIS).at())
                .isEqualTo(Instant.parse("2025-03-30T01:00:00Z"));
    }

    @Test
    void aLocalTimeTheClocksPassTwiceIsRefusedWithBothOffsets() {
        // Paris, 26 October 2025: 03:00 went back to 02:00, so 02:30 happened at +02:00 and at +01:00.
        assertThatThrownBy(() -> RestoreTime.local(LocalDateTime.parse("2025-10-26T02:30:00"), PARIS))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("happens twice in Europe/Paris")
                .satisfies(e -> assertThat(((ProblemException) e).problem().fix())
                        .contains("2025-10-26T02:30+02:00").contains("2025-10-26T02:30+01:00"));
        // Given with its offset, the same wall-clock time is one instant again.
        assertThat(RestoreTime.parse("2025-10-26T02:30:00+01:00").at()).isEqualTo(Instant.parse("2025-10-26T01:30:00Z"));
    }
}
