package io.lifeboat.ui.commands;

import io.lifeboat.aws.Problem;
import io.lifeboat.commands.CommandSummary;
import io.lifeboat.commands.FleetInstance;
import java.util.List;

/** What the Run Command view shows for a region: the fleet as SSM sees it, and recent commands. */
record CommandsOverview(List<FleetInstance> instances, List<CommandSummary> history, Problem ssmProblem) {
}
