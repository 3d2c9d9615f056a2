package io.lifeboat.cli;

import io.lifeboat.app.GuiRequest;
import io.lifeboat.aws.StartupConnection;
import java.net.URI;
import java.util.Optional;

/**
 * The desktop's own arguments, read without picocli: building picocli's model costs a tenth of a
 * second of start-up, for a handful of flags. Anything else (a subcommand, help, an unknown or
 * malformed option) is left to picocli, which also reports the errors. {@code CliTest} checks that
 * both read the same arguments alike.
 */
final class GuiArguments {

    private GuiArguments() {
    }

    static Optional<GuiRequest> parse(String[] args) {
        String profile = null;
        String region = null;
        URI endpoint = null;
        boolean sandbox = false;
        boolean readOnly = false;
        boolean exitWhenReady = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String inline = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
            switch (name) {
                case "--sandbox", "--read-only", "--exit-when-ready" -> {
                    if (inline != null) {
                        return Optional.empty();
                    }
                    sandbox |= name.equals("--sandbox");
                    readOnly |= name.equals("--read-only");
                    exitWhenReady |= name.equals("--exit-when-ready");
                }
                case "--profile", "--region", "--endpoint-url" -> {
                    String value = inline != null ? inline : i + 1 < args.length ? args[++i] : null;
                    if (value == null || value.startsWith("-") || value.isBlank()) {
                        return Optional.empty();
                    }
                    if (name.equals("--profile")) {
                        profile = value;
                    } else if (name.equals("--region")) {
                        if (!RegionName.valid(value)) {
                            return Optional.empty();
                        }
                        if (value.equals(RegionName.ALL)) {
                            continue;
                        }
                        region = region == null ? value : region;
                    } else {
                        endpoint = EndpointUrl.parse(value);
                        if (endpoint == null) {
                            return Optional.empty();
                        }
                    }
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new GuiRequest(new StartupConnection.Request(profile, region, endpoint, sandbox, readOnly),
                exitWhenReady));
    }
}
