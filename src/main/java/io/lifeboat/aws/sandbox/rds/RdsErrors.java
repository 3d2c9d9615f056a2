package io.lifeboat.aws.sandbox.rds;

import io.lifeboat.aws.sandbox.SandboxResponses;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.rds.model.DbClusterAlreadyExistsException;
import software.amazon.awssdk.services.rds.model.DbClusterNotFoundException;
import software.amazon.awssdk.services.rds.model.DbClusterParameterGroupNotFoundException;
import software.amazon.awssdk.services.rds.model.DbInstanceAlreadyExistsException;
import software.amazon.awssdk.services.rds.model.DbInstanceAutomatedBackupNotFoundException;
import software.amazon.awssdk.services.rds.model.DbInstanceNotFoundException;
import software.amazon.awssdk.services.rds.model.DbParameterGroupNotFoundException;
import software.amazon.awssdk.services.rds.model.DbSubnetGroupNotFoundException;
import software.amazon.awssdk.services.rds.model.InvalidDbClusterStateException;
import software.amazon.awssdk.services.rds.model.InvalidDbInstanceStateException;
import software.amazon.awssdk.services.rds.model.InvalidRestoreException;
import software.amazon.awssdk.services.rds.model.RdsException;

/**
 * The modeled RDS faults with the error codes and HTTP statuses the SDK maps them from (NotFound
 * faults are 404, the others 400); plain {@link RdsException}s for the unmodeled codes
 * (InvalidParameterValue, InvalidParameterCombination).
 */
public final class RdsErrors {

    private RdsErrors() {
    }

    public static DbClusterNotFoundException clusterNotFound(String id) {
        return build(DbClusterNotFoundException.builder(), "DBClusterNotFoundFault", 404, "DBCluster " + id + " not found.");
    }

    public static DbClusterAlreadyExistsException clusterAlreadyExists() {
        return build(DbClusterAlreadyExistsException.builder(), "DBClusterAlreadyExistsFault", 400,
                "DB Cluster already exists");
    }

    public static DbInstanceNotFoundException instanceNotFound(String id) {
        return build(DbInstanceNotFoundException.builder(), "DBInstanceNotFound", 404, "DBInstance " + id + " not found.");
    }

    public static DbInstanceAlreadyExistsException instanceAlreadyExists() {
        return build(DbInstanceAlreadyExistsException.builder(), "DBInstanceAlreadyExists", 400,
                "DB instance already exists");
    }

    public static DbInstanceAutomatedBackupNotFoundException automatedBackupNotFound(String id) {
        return build(DbInstanceAutomatedBackupNotFoundException.builder(), "DBInstanceAutomatedBackupNotFound", 404,
                "No automated backup found for " + id + ".");
    }

    public static InvalidRestoreException invalidRestore(String message) {
        return build(InvalidRestoreException.builder(), "InvalidRestoreFault", 400, message);
    }

    public static InvalidDbClusterStateException invalidClusterState(String message) {
        return build(InvalidDbClusterStateException.builder(), "InvalidDBClusterStateFault", 400, message);
    }

    public static InvalidDbInstanceStateException invalidInstanceState(String message) {
        return build(InvalidDbInstanceStateException.builder(), "InvalidDBInstanceState", 400, message);
    }

    public static DbSubnetGroupNotFoundException subnetGroupNotFound(String name) {
        return build(DbSubnetGroupNotFoundException.builder(), "DBSubnetGroupNotFoundFault", 404,
                "DBSubnetGroup " + name + " not found.");
    }

    public static DbClusterParameterGroupNotFoundException clusterParameterGroupNotFound(String name) {
        return build(DbClusterParameterGroupNotFoundException.builder(), "DBClusterParameterGroupNotFound", 404,
                "DBClusterParameterGroup not found: " + name);
    }

    public static DbParameterGroupNotFoundException parameterGroupNotFound(String name) {
        return build(DbParameterGroupNotFoundException.builder(), "DBParameterGroupNotFound", 404,
                "DBParameterGroup not found: " + name);
    }

    public static RdsException invalidParameterValue(String message) {
        return build(RdsException.builder(), "InvalidParameterValue", 400, message);
    }

    public static RdsException invalidParameterCombination(String message) {
        return build(RdsException.builder(), "InvalidParameterCombination", 400, message);
    }

    @SuppressWarnings("unchecked")
    private static <E extends RdsException> E build(RdsException.Builder builder, String code, int status,
                                                    String message) {
        return (E) builder.message(message).statusCode(status).requestId(SandboxResponses.newRequestId())
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message).serviceName("Rds")
                        .build())
                .build();
    }
}
