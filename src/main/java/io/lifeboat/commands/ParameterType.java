package io.lifeboat.commands;

import java.util.Arrays;

/** The parameter types of Command documents, as their content names them. */
public enum ParameterType {
    STRING("String"),
    STRING_LIST("StringList"),
    INTEGER("Integer"),
    BOOLEAN("Boolean"),
    STRING_MAP("StringMap"),
    MAP_LIST("MapList");

    private final String awsName;

    ParameterType(String awsName) {
        this.awsName = awsName;
    }

    public String awsName() {
        return awsName;
    }

    /** Several values (one per line in a form, a repeated option on the command line). */
    public boolean list() {
        return this == STRING_LIST || this == MAP_LIST;
    }

    /** @throws IllegalArgumentException for a type SSM does not have */
    public static ParameterType of(String awsName) {
        return Arrays.stream(values()).filter(t -> t.awsName.equals(awsName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown parameter type " + awsName));
    }
}
