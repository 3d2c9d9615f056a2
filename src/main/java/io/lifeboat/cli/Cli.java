package io.lifeboat.cli;

import io.lifeboat.app.GuiRequest;
import io.lifeboat.aws.AwsErrors;
import io.lifeboat.aws.ConnectionFailedException;
import io.lifeboat.aws.Problem;
import io.lifeboat.aws.guard.ReadOnlyModeException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code lifeboat}: without a subcommand it opens the desktop app; with one, it runs headless. */
@Command(name = "lifeboat", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"A console for the people who keep AWS production alive.",
                "Without a subcommand, opens the desktop app (the embedded sandbox account when no AWS profile is configured)."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  done", "  1  some volumes, regions or calls failed (see the summary)", "  2  bad command line",
                "  3  could not connect (credentials, profile, endpoint)", "  4  refused (read-only mode, confirmation missing)",
                "", "Common options go after the subcommand: lifeboat volumes --profile prod --region all"})
public final class Cli implements Callable<Integer> {

    /** Returned by the root command when the desktop app should start. */
    static final int GUI = -1;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--exit-when-ready", hidden = true,
            description = "Quit as soon as the main window shows data (start-up benchmark).")
    boolean exitWhenReady;

    private GuiRequest gui;

    @Override
    public Integer call() {
        gui = new GuiRequest(connection.request(), exitWhenReady);
        return GUI;
    }

    /** Runs the command line; asks {@code launchGui} to open the desktop app when no subcommand was given. */
    public static int run(String[] args, Consumer<GuiRequest> launchGui) {
        Optional<GuiRequest> desktop = GuiArguments.parse(args);
        if (desktop.isPresent()) {
            launchGui.accept(desktop.get());
            return ExitCodes.OK;
        }
        Cli root = new Cli();
        CommandLine commandLine = mayNameASubcommand(args) ? withSubcommands(root) : CommandRules.apply(new CommandLine(root));
        int code = commandLine.execute(args);
        if (code == GUI && root.gui != null) {
            launchGui.accept(root.gui);
            return ExitCodes.OK;
        }
        return code;
    }

    /** The whole command line: the root and every subcommand, each with the rules of {@link CommandRules}. */
    public static CommandLine withSubcommands(Cli root) {
        return CommandRules.apply(new CommandLine(root)
                .addSubcommand(new WhoamiCommand())
                .addSubcommand(new VolumesCommand())
                .addSubcommand(new BackupCommand())
                .addSubcommand(new RestoreCommand())
                .addSubcommand(new SnapshotsCommand())
                .addSubcommand(new RunCommandCommand())
                .addSubcommand(new CommandLine.HelpCommand()));
    }

    /**
     * Building the subcommands' models costs a tenth of a second the desktop does not need: they are
     * added only when an argument could name one (any word that is not an option's value) or help is asked.
     */
    static boolean mayNameASubcommand(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version")) {
                return true;
            }
            boolean takesValue = arg.equals("--profile") || arg.equals("--region") || arg.equals("--endpoint-url");
            if (takesValue) {
                i++;
            } else if (!arg.startsWith("-")) {
                return true;
            }
        }
        return false;
    }

    interface ContextWork {
        int run(CliContext context) throws Exception;
    }

    /** Connects, runs {@code work}, and turns failures into a readable message and an exit code. */
    static int withContext(CommandSpec spec, ConnectionOptions options, ContextWork work) {
        PrintWriter err = spec.commandLine().getErr();
        try (CliContext context = CliContext.open(options, err)) {
            return work.run(context);
        } catch (ConnectionFailedException e) {
            printProblem(err, "could not connect", e.problem());
            return ExitCodes.CONNECTION_FAILED;
        } catch (ReadOnlyModeException e) {
            printProblem(err, "refused", AwsErrors.describe(e));
            return ExitCodes.REFUSED;
        } catch (Exception e) {
            printProblem(err, "failed", AwsErrors.describe(e));
            return ExitCodes.PARTIAL_FAILURE;
        }
    }

    static void printProblem(PrintWriter err, String what, Problem problem) {
        err.println("lifeboat: " + what + ": " + problem.message() + " [" + problem.code() + "]");
        if (problem.fix() != null) {
            err.println("  fix: " + problem.fix());
        }
        err.flush();
    }
}
