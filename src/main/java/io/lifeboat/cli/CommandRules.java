package io.lifeboat.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What every command of the line gets, whoever adds it: {@code --help} and {@code --version}, bad
 * input answered with one line naming the command and exit 2, and no stack trace ever (an unexpected
 * failure is one line and exit 1). A new command only has to be added to {@link Cli#withSubcommands}.
 * Input that can only be checked once parsed (a tag filter, a retention) is refused by throwing
 * {@link picocli.CommandLine.ParameterException} from the command, before it connects.
 */
final class CommandRules {

    private CommandRules() {
    }

    static CommandLine apply(CommandLine root) {
        withHelp(root);
        root.setParameterExceptionHandler(CommandRules::badInput);
        root.setExecutionExceptionHandler((error, commandLine, parsed) -> {
            PrintWriter err = commandLine.getErr();
            err.println(commandLine.getCommandSpec().qualifiedName() + ": failed: " + message(error));
            err.flush();
            return ExitCodes.PARTIAL_FAILURE;
        });
        return root;
    }

    private static void withHelp(CommandLine command) {
        CommandSpec spec = command.getCommandSpec();
        if (!(command.getCommand() instanceof CommandLine.HelpCommand) && spec.optionsMap().get("--help") == null) {
            spec.mixinStandardHelpOptions(true);
        }
        command.getSubcommands().values().forEach(CommandRules::withHelp);
    }

    private static int badInput(CommandLine.ParameterException error, String[] args) {
        CommandLine command = error.getCommandLine();
        PrintWriter err = command.getErr();
        String name = command.getCommandSpec().qualifiedName();
        err.println(name + ": " + message(error) + " (see " + name + " --help)");
        err.flush();
        return ExitCodes.USAGE;
    }

    private static String message(Throwable error) {
        String text = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return text.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}
