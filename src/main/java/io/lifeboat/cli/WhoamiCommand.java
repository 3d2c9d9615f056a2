package io.lifeboat.cli;

import io.lifeboat.aws.Connection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "whoami", description = "Print the profile, account, region and mode Lifeboat connects with.")
final class WhoamiCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--json", description = "Machine-readable output.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return Cli.withContext(spec, connection, context -> {
            Connection c = context.connection();
            Map<String, Object> who = new LinkedHashMap<>();
            who.put("profile", c.spec().label());
            who.put("credentials", c.credentialSource());
            who.put("account", c.identity().account());
            who.put("arn", c.identity().arn());
            who.put("region", c.homeRegion());
            who.put("mode", c.mode().label() + (c.spec().sandbox() && c.readOnly() ? " READ-ONLY" : ""));
            if (c.spec().endpoint() != null) {
                who.put("endpoint", c.spec().endpoint().toString());
            }
            if (json) {
                Json.print(spec.commandLine().getOut(), who);
            } else {
                who.forEach((k, v) -> spec.commandLine().getOut().printf("%-12s %s%n", k + ":", v));
                spec.commandLine().getOut().flush();
            }
            return ExitCodes.OK;
        });
    }
}
