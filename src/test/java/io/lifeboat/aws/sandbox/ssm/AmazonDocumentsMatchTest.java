package io.lifeboat.aws.sandbox.ssm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sandbox's copies of AWS's documents define the same parameters as the real ones kept as test resources. */
class AmazonDocumentsMatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final SsmFixture f = new SsmFixture();

    @ParameterizedTest
    @ValueSource(strings = {"AWS-RunShellScript", "AWS-ConfigureAWSPackage", "AmazonCloudWatch-ManageAgent"})
    void parametersAreTheRealOnes(String name) throws Exception {
        JsonNode real;
        try (InputStream in = getClass().getResourceAsStream("/ssm-documents/" + name + ".json")) {
            real = JSON.readTree(in);
        }
        JsonNode sandbox = JSON.readTree(f.ssm.getDocument(r -> r.name(name)).content());

        assertThat(sandbox.get("parameters")).isEqualTo(real.get("parameters"));
        assertThat(sandbox.get("schemaVersion")).isEqualTo(real.get("schemaVersion"));
    }
}
