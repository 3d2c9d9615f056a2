package io.lifeboat.cli;

import io.lifeboat.app.Installation;
import picocli.CommandLine.IVersionProvider;

/** The project's version, then where this copy runs from: the same lines as the desktop's About. */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        // picocli formats version lines (String.format): a '%' in a path must stay a '%'.
        return Installation.current().describe().stream().map(line -> line.replace("%", "%%")).toArray(String[]::new);
    }
}
