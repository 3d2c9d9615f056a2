package io.lifeboat.commands;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The real AWS documents kept as test resources ({@code src/test/resources/ssm-documents}). */
final class RealDocuments {

    static final String RUN_SHELL_SCRIPT = "AWS-RunShellScript";
    static final String CONFIGURE_AWS_PACKAGE = "AWS-ConfigureAWSPackage";
    static final String CLOUDWATCH_MANAGE_AGENT = "AmazonCloudWatch-ManageAgent";

    private RealDocuments() {
    }

    static String content(String name) {
        try (InputStream in = RealDocuments.class.getResourceAsStream("/ssm-documents/" + name + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DocumentDefinition definition(String name, String... platforms) {
        String content = content(name);
        return new DocumentDefinition(name, "Amazon", "1", "1", DocumentContentReader.description(content),
                List.of(platforms), DocumentContentReader.parameters(content));
    }
}
