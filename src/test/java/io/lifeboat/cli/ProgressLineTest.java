package io.lifeboat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.backup.RegionProgress;
import io.lifeboat.backup.RegionProgress.Phase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The terminal's progress line: every region on one line, redrawn in place, at most four times a second. */
class ProgressLineTest {

    private final StringWriter terminal = new StringWriter();
    private final AtomicLong now = new AtomicLong();
    private final ProgressLine line = new ProgressLine(new PrintWriter(terminal), 120, now::get);

    @Test
    void eachRegionsProgressOnOneLineRedrawnInPlace() {
        line.regionProgress(new RegionProgress("eu-west-1", Phase.SNAPSHOTTING, 5000, 1234, 1000, 0, 0, 0, 19.8, 12));
        now.addAndGet(300_000_000L);
        line.regionProgress(new RegionProgress("us-east-1", Phase.DELETING, 4000, 4000, 800, 12, 1, 0, Double.NaN, 0));

        assertThat(line.text()).isEqualTo("eu-west-1 1,234/6,000 snapshotting 19.8/s · us-east-1 4,012/4,800 deleting 1 failed");
        assertThat(terminal.toString()).startsWith("\reu-west-1 1,234/6,000 snapshotting 19.8/s")
                .contains("\reu-west-1 1,234/6,000 snapshotting 19.8/s · us-east-1");
        assertThat(terminal.toString()).doesNotContain("\n");
    }

    @Test
    void redrawsAtMostFourTimesASecondButAlwaysWhenARegionFinishes() {
        line.regionProgress(new RegionProgress("eu-west-1", Phase.SNAPSHOTTING, 10, 1, 0, 0, 0, 0, Double.NaN, 0));
        line.regionProgress(new RegionProgress("eu-west-1", Phase.SNAPSHOTTING, 10, 2, 0, 0, 0, 0, Double.NaN, 0));
        line.regionProgress(new RegionProgress("eu-west-1", Phase.STOPPED, 10, 3, 0, 0, 0, 7, Double.NaN, 0));

        assertThat(terminal.toString().split("\r", -1)).hasSize(3);
        assertThat(terminal.toString()).endsWith("eu-west-1 3/10 stopped 7 left");

        line.end();
        assertThat(terminal.toString()).endsWith("\r" + " ".repeat("eu-west-1 3/10 stopped 7 left".length()) + "\r");
    }

    @Test
    void aLineWiderThanTheTerminalIsCut() {
        ProgressLine narrow = new ProgressLine(new PrintWriter(new StringWriter()), 40, now::get);
        narrow.regionProgress(new RegionProgress("eu-west-1", Phase.SNAPSHOTTING, 5000, 1234, 1000, 0, 0, 0, 19.8, 12));
        narrow.regionProgress(new RegionProgress("eu-central-1", Phase.WAITING, 5000, 0, 0, 0, 0, 0, Double.NaN, 0));

        assertThat(narrow.text()).hasSize(39).endsWith("…");
    }
}
