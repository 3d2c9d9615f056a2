package io.lifeboat.aws.sandbox.ssm;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides what an invocation prints and how it ends. Scripts are not run: a handful of everyday
 * commands ({@code uptime}, {@code df -h}, {@code hostname}, {@code echo}, {@code sleep N},
 * {@code exit N}, package managers) answer plausibly, mostly the same on every instance with a few
 * that differ, so grouping identical outputs has something to show. The troubled node fails
 * package-manager work (a stuck yum lock); a script line {@code exit N} with N > 0 fails everywhere.
 */
public final class CommandOutputs {

    private static final DateTimeFormatter DATE = DateTimeFormatter
            .ofPattern("EEE MMM d HH:mm:ss 'UTC' yyyy", Locale.ROOT).withZone(ZoneOffset.UTC);

    private CommandOutputs() {
    }

    public static InvocationPlan plan(SsmDocument document, Map<String, List<String>> parameters, ManagedNode node,
                                      Instant requestedAt) {
        String plugin = pluginFor(document, node);
        if (!node.online()) {
            return new InvocationPlan(InvocationPlan.Outcome.DELIVERY_TIMED_OUT, 0, -1, plugin, "", "");
        }
        String platform = node.windows() ? "Windows" : "Linux";
        if (!document.runsOn(platform)) {
            return new InvocationPlan(InvocationPlan.Outcome.FAILED, 1, 1, plugin, "",
                    "The document " + document.name() + " does not support the platform " + platform
                            + " of this instance (document platforms: " + document.platformTypes() + ").");
        }
        Script script = switch (document.name()) {
            case "AWS-RunShellScript" -> shell(parameters.get("commands"), node, requestedAt);
            case "AWS-RunPowerShellScript" -> powershell(parameters.get("commands"), node, requestedAt);
            case "AWS-ConfigureAWSPackage" -> configurePackage(parameters, node);
            case "AmazonCloudWatch-ManageAgent" -> cloudWatch(parameters, node, requestedAt);
            case "AmazonInspector-ManageAWSAgent" -> new Script(9, 0,
                    "Operation " + first(parameters, "Operation") + " of the Amazon Inspector agent completed.\n", "");
            case "AWS-UpdateSSMAgent" -> updateAgent(node);
            case SsmSeed.ROTATE_LOGS -> rotateLogs(parameters, node);
            // An account's own script document: its commands run as AWS-RunShellScript's would.
            default -> parameters.containsKey("commands")
                    ? node.windows() ? powershell(parameters.get("commands"), node, requestedAt)
                    : shell(parameters.get("commands"), node, requestedAt)
                    : new Script(3 + spread(node, 4), 0, "", "");
        };
        int timeout = executionTimeout(parameters);
        if (script.seconds > timeout) {
            return new InvocationPlan(InvocationPlan.Outcome.EXECUTION_TIMED_OUT, timeout, -1, plugin, script.out,
                    "");
        }
        if (script.code != 0) {
            String err = script.err + (script.err.isEmpty() || script.err.endsWith("\n") ? "" : "\n")
                    + "failed to run commands: exit status " + script.code;
            return new InvocationPlan(InvocationPlan.Outcome.FAILED, script.seconds, script.code, plugin, script.out,
                    err);
        }
        return new InvocationPlan(InvocationPlan.Outcome.SUCCESS, script.seconds, 0, plugin, script.out, script.err);
    }

    /** The plugin (schema 1.2) or the step for the node's platform (schema 2.x) that reports output. */
    static String pluginFor(SsmDocument document, ManagedNode node) {
        String platform = node.windows() ? "Windows" : "Linux";
        return document.pluginNames().stream().filter(n -> n.contains(platform)).findFirst()
                .orElse(document.pluginNames().get(0));
    }

    private record Script(int seconds, int code, String out, String err) {
    }

    private static Script shell(List<String> commands, ManagedNode node, Instant now) {
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        int seconds = 2 + spread(node, 4);
        for (String line : lines(commands)) {
            String[] words = line.split("\\s+");
            switch (words[0]) {
                case "exit" -> {
                    return new Script(seconds, words.length > 1 ? parse(words[1], 0) : 0, out.toString(), err.toString());
                }
                case "false" -> {
                    return new Script(seconds, 1, out.toString(), err.toString());
                }
                case "sleep" -> seconds += words.length > 1 ? parse(words[1], 0) : 0;
                case "echo" -> out.append(unquote(line.substring(4).trim())).append('\n');
                case "hostname" -> out.append(node.computerName()).append('\n');
                case "whoami" -> out.append("root\n");
                case "date" -> out.append(DATE.format(now)).append('\n');
                case "uptime" -> out.append(uptime(node, now)).append('\n');
                case "df" -> out.append(df(node));
                case "cat" -> out.append(line.contains("os-release") ? osRelease(node) : "");
                case "systemctl" -> out.append(words.length > 1 && words[1].equals("is-active") ? "active\n" : "");
                case "yum", "dnf", "apt", "apt-get", "sudo" -> {
                    if (node.troubled()) {
                        err.append("Another app is currently holding the yum lock; waiting for it to exit...\n")
                                .append("  The other application is: yum\n")
                                .append("Error: Timed out waiting for the yum lock\n");
                        return new Script(seconds + 8, 1, out.toString(), err.toString());
                    }
                    seconds += 6;
                    out.append("Last metadata expiration check: 0:41:12 ago.\nDependencies resolved.\nNothing to do.\n"
                            + "Complete!\n");
                }
                default -> {
                    // Anything else runs quietly: the sandbox cannot know what it would print.
                }
            }
        }
        return new Script(seconds, 0, out.toString(), err.toString());
    }

    private static Script powershell(List<String> commands, ManagedNode node, Instant now) {
        StringBuilder out = new StringBuilder();
        int seconds = 4 + spread(node, 4);
        for (String line : lines(commands)) {
            String[] words = line.split("\\s+");
            String verb = words[0].toLowerCase(Locale.ROOT);
            switch (verb) {
                case "exit" -> {
                    return new Script(seconds, words.length > 1 ? parse(words[1], 0) : 0, out.toString(), "");
                }
                case "start-sleep" -> seconds += parse(words[words.length - 1], 0);
                case "write-output", "write-host", "echo" -> out.append(unquote(line.substring(words[0].length()).trim()))
                        .append("\r\n");
                case "hostname" -> out.append(node.computerName()).append("\r\n");
                case "get-date" -> out.append(DATE.format(now)).append("\r\n");
                case "get-service" -> out.append("\r\nStatus   Name               DisplayName\r\n"
                        + "------   ----               -----------\r\nRunning  " + (words.length > 1 ? words[1] : "W3SVC")
                        + "              " + (words.length > 1 ? words[1] : "World Wide Web Publishing Service")
                        + "\r\n\r\n");
                default -> {
                    // as for shell scripts: quiet
                }
            }
        }
        return new Script(seconds, 0, out.toString(), "");
    }

    private static Script configurePackage(Map<String, List<String>> parameters, ManagedNode node) {
        String name = first(parameters, "name");
        String action = first(parameters, "action");
        String version = first(parameters, "version").isEmpty() ? "1.300049.1" : first(parameters, "version");
        if (node.troubled() && !node.windows()) {
            return new Script(16, 1, "Initiating " + name + " " + version + " " + action.toLowerCase(Locale.ROOT) + "\n",
                    "install output: Another app is currently holding the yum lock; waiting for it to exit...\n"
                            + "Failed to install package; install status Failed");
        }
        String verb = action.equals("Install") ? "installed" : "uninstalled";
        return new Script(12 + spread(node, 8), 0, "Initiating " + name + " " + version + " "
                + action.toLowerCase(Locale.ROOT) + "\nPlugin aws:" + (node.windows() ? "runPowerShellScript" : "runShellScript")
                + " ResultStatus Success\n" + action.toLowerCase(Locale.ROOT) + " output: Running " + name + " "
                + action.toLowerCase(Locale.ROOT) + " script\nSuccessfully " + verb + " " + name + " " + version + "\n", "");
    }

    private static Script cloudWatch(Map<String, List<String>> parameters, ManagedNode node, Instant now) {
        String action = first(parameters, "action");
        if (action.equals("status")) {
            return new Script(3, 0, "{\n  \"status\": \"running\",\n  \"starttime\": \"" + now.minusSeconds(86_400L * 6)
                    + "\",\n  \"configstatus\": \"configured\",\n  \"version\": \"1.300049.1\"\n}\n", "");
        }
        return new Script(5 + spread(node, 3), 0, "****** processing amazon-cloudwatch-agent ******\n"
                + "Successfully fetched the config and saved in "
                + (node.windows() ? "C:\\ProgramData\\Amazon\\AmazonCloudWatchAgent\\Configs\\ssm_"
                : "/opt/aws/amazon-cloudwatch-agent/etc/amazon-cloudwatch-agent.d/ssm_")
                + first(parameters, "optionalConfigurationLocation") + ".tmp\namazon-cloudwatch-agent has been "
                + (action.equals("stop") ? "stopped" : "started") + "\n", "");
    }

    private static Script updateAgent(ManagedNode node) {
        if (node.latestAgent()) {
            return new Script(6, 0, "amazon-ssm-agent " + node.agentVersion()
                    + " has already been installed, update skipped\n", "");
        }
        return new Script(18, 0, "Updating amazon-ssm-agent from " + node.agentVersion() + " to "
                + SsmSeed.LATEST_AGENT + "\nSuccessfully downloaded manifest\nSuccessfully downloaded updater version "
                + SsmSeed.LATEST_AGENT + "\nUpdating amazon-ssm-agent from " + node.agentVersion() + " to "
                + SsmSeed.LATEST_AGENT + "\namazon-ssm-agent updated successfully to " + SsmSeed.LATEST_AGENT + "\n", "");
    }

    private static Script rotateLogs(Map<String, List<String>> parameters, ManagedNode node) {
        int rotated = 3 + spread(node, 5);
        return new Script(4 + spread(node, 3), 0, "Rotated " + rotated + " files in " + first(parameters, "logDirectory")
                + "\nRemoved files older than " + first(parameters, "retentionDays") + " days\n", "");
    }

    private static String uptime(ManagedNode node, Instant now) {
        int days = 12 + spread(node, 60);
        return " " + DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC).format(now)
                + " up " + days + " days,  " + spread(node, 23) + ":" + String.format(Locale.ROOT, "%02d", spread(node, 59))
                + ",  0 users,  load average: 0.0" + spread(node, 9) + ", 0.03, 0.01";
    }

    /** Most instances share a disk layout; one in five has filled its root volume further. */
    private static String df(ManagedNode node) {
        boolean fuller = Math.floorMod(node.instanceId().hashCode(), 5) == 0;
        return "Filesystem      Size  Used Avail Use% Mounted on\n"
                + "devtmpfs        4.0M     0  4.0M   0% /dev\n"
                + "tmpfs           3.8G     0  3.8G   0% /dev/shm\n"
                + (fuller ? "/dev/nvme0n1p1   20G   17G  3.1G  85% /\n" : "/dev/nvme0n1p1   20G  4.1G   16G  21% /\n");
    }

    private static String osRelease(ManagedNode node) {
        return "NAME=\"" + node.platformName() + "\"\nVERSION=\"" + node.platformVersion() + "\"\nID=\"amzn\"\n"
                + "PRETTY_NAME=\"" + node.platformName() + " " + node.platformVersion() + "\"\n";
    }

    private static List<String> lines(List<String> commands) {
        return commands == null ? List.of() : commands.stream()
                .flatMap(c -> c.lines())
                .map(String::trim)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
    }

    private static int executionTimeout(Map<String, List<String>> parameters) {
        List<String> value = parameters.get("executionTimeout");
        return value == null || value.isEmpty() ? 3600 : parse(value.get(0), 3600);
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? "" : values.get(0);
    }

    private static int parse(String text, int fallback) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String unquote(String text) {
        if (text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\"") || text.startsWith("'") && text.endsWith("'"))) {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }

    /** A stable number in [0, bound) per instance, so the same instance answers the same way. */
    private static int spread(ManagedNode node, int bound) {
        return Math.floorMod(node.instanceId().hashCode() * 31 + bound, bound);
    }
}
