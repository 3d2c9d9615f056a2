package io.lifeboat.cli;

import io.lifeboat.aws.StartupConnection;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options every subcommand shares: where to connect and in which mode. */
public final class ConnectionOptions {

    @Option(names = "--profile", paramLabel = "NAME",
            description = "Profile from ~/.aws/config or ~/.aws/credentials (default: AWS_PROFILE, else the SDK's default chain).")
    String profile;

    @Option(names = "--region", paramLabel = "REGION",
            description = "Region; repeat for several, or 'all' for every enabled region (default: the profile's, else AWS_REGION).")
    List<String> regions = new ArrayList<>();

    @Option(names = "--endpoint-url", paramLabel = "URL",
            description = "Custom endpoint for every service, e.g. LocalStack or Moto (http://127.0.0.1:5000).")
    URI endpoint;

    @Option(names = "--sandbox", description = "Use the embedded sandbox account (simulated, in memory).")
    boolean sandbox;

    @Option(names = "--read-only", description = "Refuse every mutating AWS call.")
    boolean readOnly;

    public StartupConnection.Request request() {
        String firstRegion = regions.stream().filter(r -> !r.equals("all")).findFirst().orElse(null);
        return new StartupConnection.Request(profile, firstRegion, endpoint, sandbox, readOnly);
    }

    public boolean allRegions() {
        return regions.contains("all");
    }

    /** The regions named, without {@code all}; empty when none or only {@code all}. */
    public List<String> namedRegions() {
        return regions.stream().filter(r -> !r.equals("all")).distinct().toList();
    }
}
