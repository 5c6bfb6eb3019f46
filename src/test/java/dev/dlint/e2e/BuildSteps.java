package dev.dlint.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code buildah bud} output split into its steps. Each step starts with
 * {@code STEP i/n: INSTRUCTION}; a step served from the layer cache prints {@code --> Using cache ID}
 * before anything else it prints. A step lasts until the next one starts (the last one, until the
 * build ends).
 */
record BuildSteps(List<Step> steps) {
    private static final Pattern STEP = Pattern.compile("^STEP (\\d+)/(\\d+): (.*)$");

    record Step(int number, String instruction, boolean cached, String output, Duration took) {
    }

    static BuildSteps parse(Buildah.Result build) {
        List<Step> steps = new ArrayList<>();
        int number = -1;
        String instruction = null;
        Duration started = Duration.ZERO;
        StringBuilder body = new StringBuilder();
        for (Buildah.Line line : build.lines()) {
            Matcher m = STEP.matcher(line.text());
            if (m.matches()) {
                if (instruction != null) {
                    steps.add(step(number, instruction, body.toString(), line.at().minus(started)));
                }
                number = Integer.parseInt(m.group(1));
                instruction = m.group(3);
                started = line.at();
                body.setLength(0);
            } else if (instruction != null) {
                body.append(line.text()).append('\n');
            }
        }
        if (instruction != null) {
            steps.add(step(number, instruction, body.toString(), build.took().minus(started)));
        }
        return new BuildSteps(List.copyOf(steps));
    }

    private static Step step(int number, String instruction, String body, Duration took) {
        return new Step(number, instruction, body.lines().anyMatch(l -> l.startsWith("--> Using cache ")), body, took);
    }

    /** The RUN steps whose command matches, e.g. the dependency installs. */
    List<Step> runs(Pattern command) {
        return steps.stream()
                .filter(s -> s.instruction().startsWith("RUN ") && command.matcher(s.instruction()).find())
                .toList();
    }

    /** The time the matching RUN steps took together. */
    double seconds(Pattern command) {
        return runs(command).stream().mapToLong(s -> s.took().toMillis()).sum() / 1000.0;
    }
}
