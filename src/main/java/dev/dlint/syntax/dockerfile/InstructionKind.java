package dev.dlint.syntax.dockerfile;

import java.util.Locale;
import java.util.Optional;

/** The 18 Dockerfile instructions, plus UNKNOWN for a word BuildKit would reject. */
public enum InstructionKind {
    ADD, ARG, CMD, COPY, ENTRYPOINT, ENV, EXPOSE, FROM, HEALTHCHECK, LABEL, MAINTAINER, ONBUILD,
    RUN, SHELL, STOPSIGNAL, USER, VOLUME, WORKDIR, UNKNOWN;

    public static Optional<InstructionKind> of(String keyword) {
        try {
            InstructionKind k = valueOf(keyword.toUpperCase(Locale.ROOT));
            return k == UNKNOWN ? Optional.empty() : Optional.of(k);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }
}
