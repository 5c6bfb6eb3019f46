package dev.dlint.rules.pin;

import dev.dlint.model.build.BuildModel;
import dev.dlint.model.build.Stage;
import java.util.Locale;
import java.util.Optional;

/** The base image a stage pulls from a registry, split into name, tag and digest. */
record BaseImages(String reference, String name, String tag, String digest) {

    /**
     * The registry image a stage is built FROM; empty for {@code scratch}, for a FROM naming an
     * earlier stage, when the reference uses a variable without a known value, and for template
     * placeholders ({@code {base_image}}).
     */
    static Optional<BaseImages> of(BuildModel model, Stage stage) {
        if (stage.from().image() == null || stage.parent().isPresent()) {
            return Optional.empty();
        }
        String ref = stage.baseImage();
        if (ref == null || ref.isBlank() || ref.contains("$") || ref.contains("{") || ref.contains("<")) {
            return Optional.empty();
        }
        if (stage.from().image().text().contains("$")) {
            // An ARG-built name: judge it only when every variable it uses has a value.
            var r = model.expand(stage.from().image().text(), stage.from());
            if (r.isError() || !r.unresolved().isEmpty()) {
                return Optional.empty();
            }
        }
        ref = ref.strip();
        if (ref.toLowerCase(Locale.ROOT).equals("scratch")) {
            return Optional.empty();
        }
        String digest = null;
        int at = ref.indexOf('@');
        String rest = ref;
        if (at >= 0) {
            digest = ref.substring(at + 1);
            rest = ref.substring(0, at);
        }
        String tag = null;
        int slash = rest.lastIndexOf('/');
        int colon = rest.lastIndexOf(':');
        String name = rest;
        if (colon > slash) {
            tag = rest.substring(colon + 1);
            name = rest.substring(0, colon);
        }
        return Optional.of(new BaseImages(ref, name, tag, digest));
    }

    boolean hasDigest() {
        return digest != null && !digest.isEmpty();
    }
}
