package dev.dlint.syntax.dockerfile;

import java.util.Locale;
import java.util.Optional;

/** The 18 Dockerfile instructions, plus UNKNOWN for a word BuildKit would reject. */
public enum InstructionKind {
    ADD, ARG, CMD, COPY, ENTRYPOINT, ENV, EXPOSE, FROM, HEALTHCHECK, LABEL, MAINTAINER, ONBUILD,
    RUN, SHELL, STOPSIGNAL, USER, VOLUME, WORKDIR, UNKNOWN;

    public static Optional<InstructionKind> of(String keyword) {
        // A loop, not valueOf: the first valueOf of an enum builds its name directory reflectively,
        // which every first parse of a JVM paid (issue #7).
        String upper = keyword.toUpperCase(Locale.ROOT);
        for (InstructionKind k : values()) {
            if (k != UNKNOWN && k.name().equals(upper)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }
}
