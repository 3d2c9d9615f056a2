package io.lifeboat.restore;

import java.util.List;

/**
 * What the wizard's Target step offers besides the source's own settings: the region's subnet groups,
 * the security groups of the chosen VPC (its default group marked), and the parameter groups of the
 * source's family.
 */
public record TargetOptions(List<SubnetGroup> subnetGroups, List<SecurityGroup> securityGroups,
                            List<String> clusterParameterGroups, List<String> instanceParameterGroups) {

    public record SubnetGroup(String name, String vpcId, String description) {
    }

    /** @param vpcDefault the VPC's {@code default} group, which a restore gets when given none */
    public record SecurityGroup(String id, String name, String vpcId, boolean vpcDefault) {

        public String label() {
            return name + " (" + id + ")" + (vpcDefault ? " · VPC default" : "");
        }
    }

    public TargetOptions {
        subnetGroups = List.copyOf(subnetGroups);
        securityGroups = List.copyOf(securityGroups);
        clusterParameterGroups = List.copyOf(clusterParameterGroups);
        instanceParameterGroups = List.copyOf(instanceParameterGroups);
    }
}
