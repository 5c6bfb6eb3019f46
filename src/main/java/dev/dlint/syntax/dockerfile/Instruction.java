package dev.dlint.syntax.dockerfile;

import dev.dlint.source.SegmentedText;
import dev.dlint.source.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One Dockerfile instruction with typed arguments. Every variant carries a {@link Head}: the kind,
 * the keyword as written, the leading flags, the heredocs it opened, its logical line and its span
 * (from the keyword to the end of its last continuation line or heredoc terminator).
 */
public sealed interface Instruction {

    /**
     * Whether {@code list} holds this very instruction. By identity: {@code List.contains} would
     * compare records field by field, which made rules asking it for every RUN quadratic.
     */
    static boolean isIn(Instruction instruction, List<? extends Instruction> list) {
        return indexIn(instruction, list) >= 0;
    }

    /** Where {@code list} holds this very instruction (by identity, as {@link #isIn}), or -1. */
    static int indexIn(Instruction instruction, List<? extends Instruction> list) {
        for (int k = 0; k < list.size(); k++) {
            if (list.get(k) == instruction) {
                return k;
            }
        }
        return -1;
    }

    /**
     * What every instruction has.
     *
     * @param arguments the logical text after the keyword (continuations joined, comment lines
     *                  dropped), mapped to the file
     */
    record Head(InstructionKind kind, Word keyword, List<Flag> flags, List<Heredoc> heredocs,
                SegmentedText arguments, Span span) {
        public Head {
            flags = List.copyOf(flags);
            heredocs = List.copyOf(heredocs);
        }
    }

    Head head();

    default InstructionKind kind() {
        return head().kind();
    }

    default Span span() {
        return head().span();
    }

    default Word keyword() {
        return head().keyword();
    }

    default List<Flag> flags() {
        return head().flags();
    }

    default List<Heredoc> heredocs() {
        return head().heredocs();
    }

    /** The last flag of that name (BuildKit lets a repeated single-value flag override). */
    default Optional<Flag> flag(String name) {
        Flag found = null;
        for (Flag f : flags()) {
            if (f.name().equals(name)) {
                found = f;
            }
        }
        return Optional.ofNullable(found);
    }

    default List<Flag> flags(String name) {
        List<Flag> out = new ArrayList<>();
        for (Flag f : flags()) {
            if (f.name().equals(name)) {
                out.add(f);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** FROM image [AS name]; {@code image} is null when the instruction has no argument. */
    record From(Head head, Word image, Word asKeyword, Word stageName) implements Instruction {
    }

    record Run(Head head, Command command) implements Instruction {
    }

    record Cmd(Head head, Command command) implements Instruction {
    }

    record Entrypoint(Head head, Command command) implements Instruction {
    }

    /** SHELL ["executable", "parameters"...]; empty when not in JSON form (an error). */
    record Shell(Head head, List<Word> arguments) implements Instruction {
    }

    /** HEALTHCHECK [flags] NONE | CMD command; {@code type} null when bare, {@code command} null for NONE. */
    record Healthcheck(Head head, Word type, Command command) implements Instruction {
    }

    /** COPY/ADD sources... destination; a heredoc source is the word {@code <<NAME}. */
    record Copy(Head head, List<Word> sources, Word destination, boolean json) implements Instruction {
    }

    record Add(Head head, List<Word> sources, Word destination, boolean json) implements Instruction {
    }

    /** ENV and LABEL pairs; values are raw (quotes kept) as in the line. */
    record KeyValue(Word key, Word value, Span span, boolean legacyForm) {
    }

    record Env(Head head, List<KeyValue> pairs) implements Instruction {
    }

    record Label(Head head, List<KeyValue> pairs) implements Instruction {
    }

    /** One {@code NAME} or {@code NAME=default} of an ARG; {@code defaultValue} null when absent. */
    record ArgDeclaration(Word name, Word defaultValue, Span span) {
    }

    record Arg(Head head, List<ArgDeclaration> declarations) implements Instruction {
    }

    record Expose(Head head, List<Word> ports) implements Instruction {
    }

    record Volume(Head head, List<Word> paths, boolean json) implements Instruction {
    }

    /** WORKDIR, USER, STOPSIGNAL and MAINTAINER take the whole rest of the line as one value. */
    record Workdir(Head head, Word path) implements Instruction {
    }

    record User(Head head, Word user) implements Instruction {
    }

    record Stopsignal(Head head, Word signal) implements Instruction {
    }

    record Maintainer(Head head, Word name) implements Instruction {
    }

    /** ONBUILD trigger; {@code trigger} null when missing. */
    record Onbuild(Head head, Instruction trigger) implements Instruction {
    }

    /** A keyword BuildKit does not know (reported as E001). */
    record Unknown(Head head) implements Instruction {
    }
}
