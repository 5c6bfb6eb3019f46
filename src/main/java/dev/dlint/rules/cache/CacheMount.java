package dev.dlint.rules.cache;

import dev.dlint.model.build.BuildModel;
import dev.dlint.model.build.State;
import dev.dlint.model.expand.ExpandResult;
import dev.dlint.syntax.dockerfile.Flag;
import dev.dlint.syntax.dockerfile.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A {@code RUN --mount=type=cache}.
 *
 * @param flag   the {@code --mount} flag
 * @param target the mount point, expanded with the variables visible at the RUN, absolute and
 *               cleaned; null when it cannot be known (a variable without a value)
 * @param fields every {@code key=value} of the flag (keys lower-cased)
 */
record CacheMount(Flag flag, String target, Map<String, String> fields) {

    /** The cache mounts of a RUN, in flag order. */
    static List<CacheMount> of(BuildModel model, Instruction.Run run) {
        List<CacheMount> out = new ArrayList<>();
        State state = null;
        for (Flag mount : run.flags("mount")) {
            if (mount.value() == null) {
                continue;
            }
            Map<String, String> fields = mount.fields();
            if (!"cache".equals(fields.get("type"))) {
                continue;
            }
            String raw = fields.containsKey("target") ? fields.get("target")
                    : fields.containsKey("dst") ? fields.get("dst") : fields.get("destination");
            String target = null;
            if (raw != null && !raw.isEmpty()) {
                if (state == null) {
                    state = model.stateBefore(run);
                }
                ExpandResult r = model.expand(raw, run);
                if (!r.isError() && r.unresolved().isEmpty() && !r.value().isEmpty()) {
                    target = Paths.resolve(state.workdir(), r.value());
                }
            }
            out.add(new CacheMount(mount, target, fields));
        }
        return out;
    }

    /** Whether this mount holds {@code dir} (equal to it or a parent of it); an unknown target may. */
    boolean covers(String dir) {
        return target == null || dir == null || Paths.isUnder(dir, target);
    }
}
