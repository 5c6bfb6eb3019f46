package dev.dlint.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code buildah bud} output split into its steps. Each step starts with
 * {@code STEP i/n: INSTRUCTION}; a step served from the layer cache prints {@code --> Using cache ID}
 * before anything else it prints.
 */
record BuildSteps(List<Step> steps) {
    private static final Pattern STEP = Pattern.compile("^STEP (\\d+)/(\\d+): (.*)$");

    record Step(int number, String instruction, boolean cached, String output) {
    }

    static BuildSteps parse(String output) {
        List<Step> steps = new ArrayList<>();
        int number = -1;
        String instruction = null;
        StringBuilder body = new StringBuilder();
        for (String line : output.split("\n", -1)) {
            Matcher m = STEP.matcher(line);
            if (m.matches()) {
                if (instruction != null) {
                    steps.add(step(number, instruction, body.toString()));
                }
                number = Integer.parseInt(m.group(1));
                instruction = m.group(3);
                body.setLength(0);
            } else if (instruction != null) {
                body.append(line).append('\n');
            }
        }
        if (instruction != null) {
            steps.add(step(number, instruction, body.toString()));
        }
        return new BuildSteps(List.copyOf(steps));
    }

    private static Step step(int number, String instruction, String body) {
        return new Step(number, instruction, body.lines().anyMatch(l -> l.startsWith("--> Using cache ")), body);
    }

    /** The RUN steps whose command matches, e.g. the dependency installs. */
    List<Step> runs(Pattern command) {
        return steps.stream()
                .filter(s -> s.instruction().startsWith("RUN ") && command.matcher(s.instruction()).find())
                .toList();
    }
}
