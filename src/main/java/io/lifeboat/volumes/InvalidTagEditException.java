package io.lifeboat.volumes;

import java.util.List;

/** The edit cannot be applied as written; {@link #problems()} says why, each with its fix. */
public class InvalidTagEditException extends IllegalArgumentException {

    private final List<String> problems;

    public InvalidTagEditException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
