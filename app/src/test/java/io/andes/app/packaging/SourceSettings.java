package io.andes.app.packaging;

import io.andes.app.RequiredSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The MicroProfile Config keys the application's source code uses, read from the code itself (not from a list kept by
 * hand): {@code @ConfigProperty} injections, {@code ${MPCONFIG=…}} placeholders, {@code getValue}/{@code
 * getOptionalValue} look-ups and the defaults of {@code microprofile-config.properties}. Required = injected without a
 * default into a type that is not optional, or a placeholder, and not given a value by the properties file.
 */
record SourceSettings(Set<String> required, Set<String> known, Set<String> knownPrefixes, Set<String> classes) {

    private static final String STRING = "\"(?:[^\"\\\\]|\\\\.)*\"";
    private static final Pattern INJECTION = Pattern.compile("@ConfigProperty\\s*\\(((?:" + STRING + "|[^)\"])*)\\)"
            + "\\s*(?:(?:@[\\w.]+(?:\\s*\\([^)]*\\))?|final|private|protected|public|static|transient|volatile)\\s+)*"
            + "([\\w.]+)");
    private static final Pattern NAME = Pattern.compile("\\bname\\s*=\\s*(" + STRING + "|[\\w.]+)");
    private static final Pattern DEFAULT = Pattern.compile("\\bdefaultValue\\s*=");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{MPCONFIG=([^}]+)}");
    private static final Pattern LOOKUP =
            Pattern.compile("\\.get(?:Optional)?(?:Config)?Value\\s*\\(\\s*(" + STRING + "|[\\w.]+)\\s*(\\+)?");
    private static final Pattern CONSTANT =
            Pattern.compile("\\b(?:static\\s+final|final\\s+static)\\s+String\\s+(\\w+)\\s*=\\s*(" + STRING + ")\\s*;");
    private static final Set<String> OPTIONAL_TYPES =
            Set.of("Optional", "OptionalInt", "OptionalLong", "OptionalDouble", "Provider", "Instance", "Supplier");

    /** Scans every {@code .java} file under the source roots, and the properties file of defaults. */
    static SourceSettings scan(List<Path> sourceRoots, Path defaults) {
        Map<String, String> sources = new HashMap<>();
        for (Path root : sourceRoots) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(file -> file.toString().endsWith(".java"))
                        .forEach(file -> sources.put(className(root, file), read(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return parse(sources, properties(defaults));
    }

    /** The settings of the given sources (class name → text), less the keys the defaults give a value. */
    static SourceSettings parse(Map<String, String> sources, Properties defaults) {
        Set<String> required = new TreeSet<>();
        Set<String> known = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        Set<String> classes = new TreeSet<>();
        sources.forEach((className, text) -> {
            String code = JavaText.withoutComments(text);
            Map<String, String> constants = constants(code);
            Matcher injection = INJECTION.matcher(code);
            while (injection.find()) {
                String key = name(injection.group(1), constants, className);
                known.add(key);
                classes.add(className);
                String type = injection.group(2).substring(injection.group(2).lastIndexOf('.') + 1);
                if (!DEFAULT.matcher(injection.group(1)).find() && !OPTIONAL_TYPES.contains(type)) {
                    required.add(key);
                }
            }
            Matcher placeholder = PLACEHOLDER.matcher(code);
            while (placeholder.find()) {
                required.add(placeholder.group(1));
                known.add(placeholder.group(1));
                classes.add(className);
            }
            Matcher lookup = LOOKUP.matcher(code);
            while (lookup.find()) {
                String argument = lookup.group(1);
                if (!argument.startsWith("\"")
                        && Character.isLowerCase(argument.charAt(argument.lastIndexOf('.') + 1))) {
                    continue; // a key held in a variable: generic code such as the start-up check itself
                }
                String key = value(lookup.group(1), constants, className);
                (lookup.group(2) == null ? known : prefixes).add(key);
            }
        });
        defaults.stringPropertyNames().forEach(key -> {
            known.add(key);
            required.remove(key);
        });
        return new SourceSettings(Set.copyOf(required), Set.copyOf(known), Set.copyOf(prefixes), Set.copyOf(classes));
    }

    /** Whether the application reads the environment variable (directly or under a prefix such as a country's). */
    boolean knowsVariable(String variable) {
        return known.stream().map(RequiredSettings::environmentName).anyMatch(variable::equals)
                || knownPrefixes.stream().map(RequiredSettings::environmentName).anyMatch(variable::startsWith);
    }

    Set<String> requiredVariables() {
        Set<String> variables = new TreeSet<>();
        required.forEach(key -> variables.add(RequiredSettings.environmentName(key)));
        return variables;
    }

    private static String name(String arguments, Map<String, String> constants, String className) {
        Matcher name = NAME.matcher(arguments);
        if (!name.find()) {
            throw new IllegalStateException("@ConfigProperty without a name in " + className + ": " + arguments);
        }
        return value(name.group(1), constants, className);
    }

    private static String value(String expression, Map<String, String> constants, String className) {
        if (expression.startsWith("\"")) {
            return unquote(expression);
        }
        String constant = expression.substring(expression.lastIndexOf('.') + 1);
        if (!constants.containsKey(constant)) {
            throw new IllegalStateException("Cannot read the configuration key " + expression + " in " + className
                    + ": use a string literal or a String constant of the same class");
        }
        return constants.get(constant);
    }

    private static Map<String, String> constants(String code) {
        Map<String, String> constants = new HashMap<>();
        Matcher constant = CONSTANT.matcher(code);
        while (constant.find()) {
            constants.put(constant.group(1), unquote(constant.group(2)));
        }
        return constants;
    }

    private static String unquote(String literal) {
        return literal.substring(1, literal.length() - 1);
    }

    private static String className(Path root, Path file) {
        String relative = root.relativize(file).toString();
        return relative.substring(0, relative.length() - ".java".length())
                .replace(file.getFileSystem().getSeparator(), ".");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties properties(Path file) {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
