package io.lifeboat.commands;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A Session Manager session to an instance: the exact {@code aws ssm start-session} command line (the
 * connection's profile and region filled in), what is missing for it to work (the AWS CLI, the Session
 * Manager plugin, the instance Online in SSM), and the terminal to run it in, found on the PATH.
 * Nothing here starts a process; {@link #launch()} does, and tests never call it.
 *
 * @param missing   why the session would not open, each with its fix; empty when nothing is known to be missing
 * @param terminal  the terminal emulator's command line that runs the session, or empty when none was found
 */
public record SessionCommand(String instanceId, List<String> command, List<String> missing, List<String> terminal) {

    static final String PLUGIN = "session-manager-plugin";

    public SessionCommand {
        command = List.copyOf(command);
        missing = List.copyOf(missing);
        terminal = List.copyOf(terminal);
    }

    /** Where programs are looked up: the PATH's directories, and the OS (for the terminal and the .exe suffix). */
    public record Environment(String os, List<Path> path, Predicate<Path> executable) {

        public static Environment current() {
            String path = System.getenv("PATH");
            List<Path> dirs = path == null ? List.of() : java.util.Arrays.stream(path.split(File.pathSeparator))
                    .filter(p -> !p.isBlank()).map(Path::of).toList();
            return new Environment(System.getProperty("os.name", ""), dirs, p -> Files.isRegularFile(p)
                    && Files.isExecutable(p));
        }

        boolean windows() {
            return os.toLowerCase(Locale.ROOT).startsWith("windows");
        }

        boolean mac() {
            return os.toLowerCase(Locale.ROOT).startsWith("mac");
        }

        Optional<Path> find(String program) {
            for (Path dir : path) {
                for (String name : windows() ? List.of(program + ".exe", program + ".cmd", program) : List.of(program)) {
                    Path candidate = dir.resolve(name);
                    if (executable.test(candidate)) {
                        return Optional.of(candidate);
                    }
                }
            }
            return Optional.empty();
        }
    }

    /**
     * @param profile the connection's named profile, or {@code null} (credentials from the environment)
     */
    public static SessionCommand plan(FleetInstance instance, String profile, String region, Environment env) {
        List<String> command = new ArrayList<>(List.of("aws", "ssm", "start-session", "--target", instance.id()));
        if (profile != null && !profile.isBlank()) {
            command.addAll(List.of("--profile", profile));
        }
        command.addAll(List.of("--region", region));
        List<String> missing = new ArrayList<>();
        if (env.find("aws").isEmpty()) {
            missing.add("The AWS CLI (aws) is not on the PATH: install AWS CLI v2 (https://docs.aws.amazon.com/cli/"
                    + "latest/userguide/getting-started-install.html).");
        }
        if (env.find(PLUGIN).isEmpty()) {
            missing.add("The Session Manager plugin (session-manager-plugin) is not on the PATH: install it "
                    + "(https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager-working-with-install-plugin.html).");
        }
        if (!instance.managed() || !instance.ssm().online()) {
            String why = Reachability.describe(instance, Reachability.of(instance, null));
            missing.add("The instance is not Online in SSM" + (why == null ? "" : ": " + why)
                    + ". Sessions also need the instance role to allow ssmmessages:* (AmazonSSMManagedInstanceCore does).");
        }
        return new SessionCommand(instance.id(), command, missing, terminal(command, env));
    }

    /** The command as one line to paste in a shell. */
    public String commandLine() {
        return command.stream().map(SessionCommand::quote).collect(Collectors.joining(" "));
    }

    public boolean ready() {
        return missing.isEmpty() && !terminal.isEmpty();
    }

    /** Opens the terminal running the session. */
    public Process launch() throws java.io.IOException {
        if (terminal.isEmpty()) {
            throw new IllegalStateException("No terminal emulator was found to run: " + commandLine());
        }
        return new ProcessBuilder(terminal).inheritIO().start();
    }

    /** The user's terminal running {@code command}: the first one found, per OS. */
    static List<String> terminal(List<String> command, Environment env) {
        String line = command.stream().map(SessionCommand::quote).collect(Collectors.joining(" "));
        if (env.mac()) {
            return List.of("osascript", "-e", "tell application \"Terminal\" to do script \""
                    + line.replace("\\", "\\\\").replace("\"", "\\\"") + "\"", "-e", "tell application \"Terminal\" to activate");
        }
        if (env.windows()) {
            if (env.find("wt").isPresent()) {
                List<String> wt = new ArrayList<>(List.of("wt", "new-tab"));
                wt.addAll(command);
                return wt;
            }
            List<String> cmd = new ArrayList<>(List.of("cmd", "/c", "start", "cmd", "/k"));
            cmd.addAll(command);
            return cmd;
        }
        for (Map.Entry<String, List<String>> known : List.of(
                Map.entry("x-terminal-emulator", List.of("-e")),
                Map.entry("gnome-terminal", List.of("--")),
                Map.entry("konsole", List.of("-e")),
                Map.entry("xterm", List.of("-e")))) {
            if (env.find(known.getKey()).isPresent()) {
                List<String> argv = new ArrayList<>();
                argv.add(known.getKey());
                argv.addAll(known.getValue());
                argv.addAll(command);
                return argv;
            }
        }
        return List.of();
    }

    private static String quote(String word) {
        return word.matches("[A-Za-z0-9_./:=@%+-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
