package io.lifeboat.aws.sandbox.ssm;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A Command document: its JSON content and what DescribeDocument reports about it.
 *
 * @param owner       "Amazon" for AWS's documents, else the owning account id
 * @param pluginNames the plugin (schema 1.2) or step (schema 2.x) names, as invocations report them
 */
public record SsmDocument(String name, String owner, String schemaVersion, String description, String content,
                          List<String> platformTypes, List<DocumentParameter> parameters, List<String> pluginNames,
                          Instant createdDate, Map<String, String> tags) {

    public static final String AMAZON = "Amazon";

    public boolean amazon() {
        return AMAZON.equals(owner);
    }

    public boolean runsOn(String platformType) {
        return platformTypes.contains(platformType);
    }
}
