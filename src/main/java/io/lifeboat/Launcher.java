package io.lifeboat;

import io.lifeboat.cli.Cli;

/**
 * The entry point of the jar and the app image. It is not the JavaFX {@code Application} subclass,
 * which lets the app run from the class path, and headless subcommands never load JavaFX at all.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        io.lifeboat.app.StartupTrace.mark("main");
        int code = Cli.run(args, request -> {
            io.lifeboat.app.StartupTrace.mark("command line parsed");
            io.lifeboat.ui.LifeboatApp.launch(request);
        });
        if (code != 0) {
            System.exit(code);
        }
    }
}
