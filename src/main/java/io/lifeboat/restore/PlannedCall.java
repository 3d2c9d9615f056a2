package io.lifeboat.restore;

import java.util.List;

/**
 * One API request of a plan as the review shows it and {@code --plan} prints it: the operation, its
 * parameters by their API names, and why it is made.
 */
public record PlannedCall(String service, String operation, boolean mutating, String why, List<Parameter> parameters) {

    public record Parameter(String name, String value) {
    }

    public PlannedCall {
        parameters = List.copyOf(parameters);
    }

    /** "RestoreDBClusterToPointInTime(SourceDBClusterIdentifier=orders-prod, ...)". */
    public String text() {
        StringBuilder text = new StringBuilder(operation).append('(');
        for (int i = 0; i < parameters.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(parameters.get(i).name()).append('=').append(parameters.get(i).value());
        }
        return text.append(')').toString();
    }
}
