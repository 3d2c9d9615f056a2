package io.lifeboat.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The CloudFormation template and the function's jar that deploy the scheduled backup Lambda. An
 * installed copy (app image, deb, rpm) ships them in {@code lambda/} next to {@code lifeboat.jar};
 * anywhere else they are a source checkout's, the jar built by {@code mvn package}.
 *
 * @param shipped {@code true} for the files installed with this copy (absolute paths); {@code false}
 *                for the source checkout's (relative to it; the jar may still have to be built)
 */
public record LambdaFiles(Path template, Path jar, boolean shipped) {

    public static final String DIRECTORY = "lambda";
    public static final String TEMPLATE = "backup-stack.yaml";
    public static final String JAR = "lifeboat-lambda.jar";

    /** {@code packaging/lambda/backup-stack.yaml} and {@code target/lifeboat-lambda.jar}, in a source checkout. */
    public static final LambdaFiles SOURCE_CHECKOUT =
            new LambdaFiles(Path.of("packaging", "lambda", TEMPLATE), Path.of("target", JAR), false);

    /**
     * The files shipped next to the jar Lifeboat runs from, when both are there; otherwise the source
     * checkout's (running from {@code target/classes}, or a jar on its own).
     */
    public static LambdaFiles nextTo(Optional<Path> codeLocation) {
        return codeLocation.filter(Files::isRegularFile)
                .map(jar -> jar.toAbsolutePath().normalize().getParent().resolve(DIRECTORY))
                .filter(dir -> Files.isRegularFile(dir.resolve(TEMPLATE)) && Files.isRegularFile(dir.resolve(JAR)))
                .map(dir -> new LambdaFiles(dir.resolve(TEMPLATE), dir.resolve(JAR), true))
                .orElse(SOURCE_CHECKOUT);
    }

    /** Where the files are, in a sentence's words. */
    public String describe() {
        return shipped ? template.getParent().toString()
                : template + " and " + jar + " in a source checkout (mvn package builds the jar)";
    }
}
