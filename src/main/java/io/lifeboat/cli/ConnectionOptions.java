package io.lifeboat.cli;

import io.lifeboat.aws.StartupConnection;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options every subcommand shares: where to connect and in which mode. */
public final class ConnectionOptions {

    @Option(names = "--profile", paramLabel = "NAME",
            description = {"Profile from ~/.aws/config or ~/.aws/credentials. Without it, credentials are found as the "
                    + "AWS CLI finds them: exported AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (with AWS_SESSION_TOKEN), "
                    + "then AWS_PROFILE, then the default profile, then web identity (AWS_WEB_IDENTITY_TOKEN_FILE), "
                    + "container credentials, the EC2 instance role."})
    String profile;

    @Option(names = "--region", paramLabel = "REGION", converter = RegionName.class,
            description = {"Region; repeat for several, or 'all' for every enabled region. Without it: AWS_REGION, "
                    + "then AWS_DEFAULT_REGION, then the profile's region, then this EC2 instance's region, "
                    + "then us-east-1 (with a warning)."})
    List<String> regions = new ArrayList<>();

    @Option(names = "--endpoint-url", paramLabel = "URL", converter = EndpointUrl.class,
            description = {"One endpoint for every service: for emulators such as LocalStack or Moto "
                    + "(http://127.0.0.1:5000). Real per-service endpoints (VPC endpoints, FIPS) need no option: "
                    + "set the SDK's AWS_ENDPOINT_URL_EC2, AWS_ENDPOINT_URL_STS... or endpoint_url in the profile."})
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
