package io.lifeboat.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Grouping identical outputs, and the diff between groups. */
class OutputGroupsTest {

    private static final String DF = "Filesystem  Size Used Avail Use% Mounted on\n/dev/nvme0n1p1 20G 4.1G 16G 21% /\n";
    private static final String FULL = "Filesystem  Size Used Avail Use% Mounted on\n/dev/nvme0n1p1 20G 17G 3.1G 85% /\n";

    private static InvocationRow row(String id, InvocationState state, String output) {
        Instant t = Instant.parse("2025-03-10T09:00:00Z");
        return new InvocationRow("c-1", id, id + ".internal", state, state.label(), t, state.terminal() ? t : null,
                state.terminal() ? 0 : null, output, InvocationRow.cut(output), List.of("aws:runShellScript"), true);
    }

    @Test
    void identicalOutputsFormAGroupLargestFirst() {
        List<InvocationRow> rows = new ArrayList<>();
        for (int i = 0; i < 37; i++) {
            rows.add(row("i-" + i, InvocationState.SUCCESS, DF));
        }
        rows.add(row("i-37", InvocationState.SUCCESS, FULL));
        rows.add(row("i-38", InvocationState.SUCCESS, FULL));
        rows.add(row("i-39", InvocationState.FAILED, "\n----------ERROR-------\ndf: cannot read table of mounted file systems"));
        rows.add(row("i-40", InvocationState.IN_PROGRESS, ""));
        rows.add(InvocationRow.notListedYet("c-1", "i-41"));

        List<OutputGroup> groups = OutputGroups.of(rows);

        assertThat(groups).extracting(OutputGroup::size).containsExactly(37, 2, 1);
        assertThat(groups.get(0).output()).isEqualTo(DF);
        assertThat(groups.get(0).headline()).isEqualTo("37 instances printed this (all Success)");
        assertThat(groups.get(2).headline()).isEqualTo("1 instance printed this (Failed)");
        assertThat(OutputGroups.summary(groups, rows))
                .isEqualTo("37 printed the same, 3 printed something else (2 other outputs), 2 not finished");
    }

    @Test
    void aGroupCutBySsmSaysItAgreesOnlyOnWhatWasListed() {
        String cut = "x".repeat(2_478) + "\n---Output truncated---";
        List<OutputGroup> groups = OutputGroups.of(List.of(row("i-1", InvocationState.SUCCESS, cut),
                row("i-2", InvocationState.SUCCESS, cut)));
        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.truncated()).isTrue();
            assertThat(g.headline()).endsWith("identical in the first 2,500 characters SSM lists");
        });
    }

    @Test
    void theDiffShowsTheLinesOnlyOneGroupPrinted() {
        List<LineDiff.Line> diff = LineDiff.of(DF, FULL);

        assertThat(LineDiff.text(diff)).isEqualTo("  Filesystem  Size Used Avail Use% Mounted on\n"
                + "- /dev/nvme0n1p1 20G 4.1G 16G 21% /\n"
                + "+ /dev/nvme0n1p1 20G 17G 3.1G 85% /\n"
                + "  ");
        assertThat(LineDiff.of("a\nb\nc", "a\nc\nd")).extracting(LineDiff.Line::kind).containsExactly(
                LineDiff.Kind.SAME, LineDiff.Kind.REMOVED, LineDiff.Kind.SAME, LineDiff.Kind.ADDED);
        assertThat(LineDiff.of("", "only")).extracting(LineDiff.Line::toString).containsExactly("+ only");
    }
}
