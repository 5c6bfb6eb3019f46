package dev.dlint.model.build;

import dev.dlint.syntax.dockerfile.Instruction;
import java.util.List;
import java.util.Optional;

/**
 * One build stage: a FROM and the instructions up to the next FROM.
 *
 * @param index        0-based position among the stages
 * @param name         the {@code AS} name lower-cased, or null
 * @param from         the FROM instruction
 * @param baseImage    the FROM image expanded with the global ARGs (their defaults), or null when
 *                     the FROM has no image or its expansion fails
 * @param parent       the earlier stage the base image names (by name, or by index), if any
 * @param instructions the instructions after the FROM, in file order (the FROM is not included)
 */
public record Stage(int index, String name, Instruction.From from, String baseImage, Optional<Stage> parent,
                    List<Instruction> instructions) {

    public Stage {
        instructions = List.copyOf(instructions);
    }

    /** This stage and its ancestors (through {@code FROM <stage>}), nearest first. */
    public List<Stage> lineage() {
        java.util.ArrayList<Stage> out = new java.util.ArrayList<>();
        for (Stage s = this; s != null; s = s.parent().orElse(null)) {
            out.add(s);
        }
        return List.copyOf(out);
    }

    /**
     * Whether the stage builds on a Windows image (servercore, nanoserver, windows), whose default
     * shell is {@code cmd /S /C}, not {@code /bin/sh -c}.
     */
    public boolean windowsBase() {
        List<Stage> l = lineage();
        String root = l.get(l.size() - 1).baseImage();
        if (root == null) {
            return false;
        }
        String r = root.toLowerCase(java.util.Locale.ROOT);
        return r.contains("windows") || r.contains("nanoserver") || r.contains("servercore");
    }

    /** {@code name} or, for an unnamed stage, its index as text (what {@code --from=} accepts). */
    public String displayName() {
        return name != null ? name : Integer.toString(index);
    }

    // Identity: stages are compared by index; a deep record comparison would walk instructions.
    @Override
    public boolean equals(Object o) {
        return o instanceof Stage s && s.index == index && s.from == from;
    }

    @Override
    public int hashCode() {
        return index;
    }

    @Override
    public String toString() {
        return "Stage[" + index + (name != null ? " " + name : "") + " FROM " + baseImage + "]";
    }
}
