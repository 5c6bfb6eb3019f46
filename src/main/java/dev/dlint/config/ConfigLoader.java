package dev.dlint.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.dlint.rules.RuleRegistry;
import dev.dlint.rules.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code .dlint.yaml} with Jackson's streaming YAML parser (no data binding: it keeps
 * start-up cheap and gives every value its line, so errors name file, line and key).
 */
public final class ConfigLoader {
    public static final List<String> FILE_NAMES = List.of(".dlint.yaml", ".dlint.yml");
    private static final Set<String> KEYS = Set.of("select", "ignore", "extend-select", "severity",
            "per-file-ignores", "fail-on", "rules");

    private ConfigLoader() {
    }

    /** The nearest config file in {@code dir} or its parents. */
    public static Optional<Path> discover(Path dir) {
        for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            for (String name : FILE_NAMES) {
                Path p = d.resolve(name);
                if (Files.isRegularFile(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    public static Config load(Path file) throws ConfigException {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new ConfigException(file, 0, null, "cannot read the config file: " + e.getMessage());
        }
        return parse(file, text);
    }

    /** A located value: what the YAML says and on which line. */
    private record Node(Object value, int line) {
    }

    public static Config parse(Path file, String text) throws ConfigException {
        Node root;
        try (JsonParser p = new YAMLFactory().createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return new Config(file, List.of(), List.of(), List.of(), Map.of(), Map.of(), null, Map.of());
            }
            root = read(p);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ConfigException(file, at == null ? 0 : at.getLineNr(), null,
                    "not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ConfigException(file, 0, null, "cannot read: " + e.getMessage());
        }
        if (!(root.value() instanceof Map<?, ?> top)) {
            throw new ConfigException(file, root.line(), null, "the config must be a mapping of keys to values");
        }
        List<String> select = List.of();
        List<String> ignore = List.of();
        List<String> extend = List.of();
        Map<String, Severity> severity = new LinkedHashMap<>();
        Map<String, List<String>> perFile = new LinkedHashMap<>();
        Severity failOn = null;
        Map<String, RuleOptions> options = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : top.entrySet()) {
            String key = (String) e.getKey();
            Node n = (Node) e.getValue();
            if (!KEYS.contains(key)) {
                throw new ConfigException(file, n.line(), key, "unknown key (known: " + String.join(", ", KEYS.stream().sorted().toList()) + ")");
            }
            switch (key) {
                case "select" -> select = selectors(file, key, n);
                case "ignore" -> ignore = selectors(file, key, n);
                case "extend-select" -> extend = selectors(file, key, n);
                case "fail-on" -> failOn = severity(file, key, n);
                case "severity" -> {
                    for (Map.Entry<String, Node> s : mapping(file, key, n).entrySet()) {
                        String code = ruleCode(file, key + "." + s.getKey(), s.getValue().line(), s.getKey());
                        severity.put(code, severity(file, key + "." + s.getKey(), s.getValue()));
                    }
                }
                case "per-file-ignores" -> {
                    for (Map.Entry<String, Node> s : mapping(file, key, n).entrySet()) {
                        perFile.put(s.getKey(), selectors(file, key + "." + s.getKey(), s.getValue()));
                    }
                }
                case "rules" -> {
                    for (Map.Entry<String, Node> s : mapping(file, key, n).entrySet()) {
                        String code = ruleCode(file, key + "." + s.getKey(), s.getValue().line(), s.getKey());
                        Map<String, Object> values = new LinkedHashMap<>();
                        for (Map.Entry<String, Node> o : mapping(file, key + "." + s.getKey(), s.getValue()).entrySet()) {
                            values.put(o.getKey(), plain(o.getValue()));
                        }
                        options.put(code, new RuleOptions(values));
                    }
                }
                default -> throw new IllegalStateException(key);
            }
        }
        return new Config(file, select, ignore, extend, severity, perFile, failOn, options);
    }

    private static Node read(JsonParser p) throws IOException {
        int line = p.currentTokenLocation().getLineNr();
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            Map<String, Node> m = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                m.put(name, read(p));
            }
            return new Node(m, line);
        }
        if (t == JsonToken.START_ARRAY) {
            List<Node> l = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                l.add(read(p));
            }
            return new Node(l, line);
        }
        return switch (t) {
            case VALUE_TRUE -> new Node(Boolean.TRUE, line);
            case VALUE_FALSE -> new Node(Boolean.FALSE, line);
            case VALUE_NULL -> new Node(null, line);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Node(p.getNumberValue(), line);
            default -> new Node(p.getText(), line);
        };
    }

    private static Object plain(Node n) {
        if (n.value() instanceof List<?> l) {
            return l.stream().map(x -> plain((Node) x)).toList();
        }
        if (n.value() instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put((String) k, plain((Node) v)));
            return out;
        }
        return n.value();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Node> mapping(Path file, String key, Node n) throws ConfigException {
        if (n.value() instanceof Map<?, ?> m) {
            return (Map<String, Node>) m;
        }
        throw new ConfigException(file, n.line(), key, "expected a mapping");
    }

    private static List<String> selectors(Path file, String key, Node n) throws ConfigException {
        List<String> out = new ArrayList<>();
        List<Node> items = new ArrayList<>();
        if (n.value() instanceof List<?> l) {
            l.forEach(x -> items.add((Node) x));
        } else if (n.value() instanceof String) {
            items.add(n);
        } else {
            throw new ConfigException(file, n.line(), key, "expected a list of rule codes, names or prefixes");
        }
        for (Node item : items) {
            String s = String.valueOf(item.value()).trim();
            if (!RuleSelection.isValidSelector(s)) {
                throw new ConfigException(file, item.line(), key, "no rule, name or prefix matches \"" + s + "\"");
            }
            out.add(s);
        }
        return out;
    }

    private static String ruleCode(Path file, String key, int line, String codeOrName) throws ConfigException {
        return RuleRegistry.find(codeOrName).map(r -> r.meta().code())
                .orElseThrow(() -> new ConfigException(file, line, key, "unknown rule \"" + codeOrName + "\""));
    }

    private static Severity severity(Path file, String key, Node n) throws ConfigException {
        String s = String.valueOf(n.value()).trim().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "error" -> Severity.ERROR;
            case "warning" -> Severity.WARNING;
            case "info" -> Severity.INFO;
            default -> throw new ConfigException(file, n.line(), key, "expected error, warning or info, got \"" + n.value() + "\"");
        };
    }
}
