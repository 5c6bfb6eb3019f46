package dev.dlint.model.build;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The builder's state when an instruction runs.
 *
 * @param workdir   the working directory, absolute and cleaned ({@code /} by default)
 * @param user      the USER as written after expansion ({@code root} by default; may be
 *                  {@code name:group} or a uid)
 * @param home      {@code $HOME}: ENV HOME when set, {@code /root} for root/0, else {@code /home/<name>}
 * @param shell     the SHELL for shell-form commands ({@code ["/bin/sh", "-c"]} by default)
 * @param variables the visible ARG and ENV variables by name, in declaration order; an ENV hides an
 *                  ARG of the same name
 * @param workdirSet whether a WORKDIR was given in this stage or an ancestor (else {@code /} is the
 *                  base image's default, which may differ)
 */
public record State(String workdir, String user, String home, List<String> shell, Map<String, Variable> variables,
                    boolean workdirSet) {

    public static final List<String> DEFAULT_SHELL = List.of("/bin/sh", "-c");

    public State {
        shell = List.copyOf(shell);
        variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    }

    public Optional<Variable> variable(String name) {
        return Optional.ofNullable(variables.get(name));
    }

    /** The variable's known value; empty when not visible or its value is unknown. */
    public Optional<String> value(String name) {
        Variable v = variables.get(name);
        return v == null ? Optional.empty() : Optional.ofNullable(v.value());
    }

    /** The user name part of {@link #user()} (before {@code :}). */
    public String userName() {
        int colon = user.indexOf(':');
        return colon < 0 ? user : user.substring(0, colon);
    }

    public boolean isRoot() {
        String name = userName();
        return name.equals("root") || name.equals("0");
    }
}
