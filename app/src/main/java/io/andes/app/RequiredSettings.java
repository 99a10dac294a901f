package io.andes.app;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The settings without which the platform must not start, read from the code itself: every MicroProfile Config key
 * injected without a default into something that is not optional, and every {@code ${MPCONFIG=…}} placeholder of a
 * data source definition. A missing one is named with the environment variable an operator sets.
 */
public final class RequiredSettings {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{MPCONFIG=([^}]+)}");
    private static final Set<Class<?>> OPTIONAL_TYPES = Set.of(
            Optional.class,
            OptionalInt.class,
            OptionalLong.class,
            OptionalDouble.class,
            Provider.class,
            Instance.class,
            java.util.function.Supplier.class);

    /** What a class file that injects settings or defines a data source holds in its constant pool. */
    private static final List<byte[]> MARKERS = Stream.of(ConfigProperty.class, DataSourceDefinition.class)
            .map(type -> ("L" + type.getName().replace('.', '/') + ";").getBytes(StandardCharsets.UTF_8))
            .toList();

    private static final String APPLICATION_PACKAGE = "io/andes/";

    private RequiredSettings() {}

    /**
     * The keys the application's classes ({@code io.andes…}) in the given class directories and jars require. Only the
     * class files that mention {@code @ConfigProperty} or {@code @DataSourceDefinition} are loaded (not initialised).
     */
    public static Set<String> inClasses(Collection<Path> locations, ClassLoader loader) {
        Set<String> keys = new TreeSet<>();
        for (Path location : locations) {
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.walk(location)) {
                    files.filter(file -> file.toString().endsWith(".class"))
                            .map(file -> location.relativize(file).toString().replace('\\', '/'))
                            .filter(name -> name.startsWith(APPLICATION_PACKAGE))
                            .filter(name -> mentionsSettings(() -> Files.newInputStream(location.resolve(name))))
                            .forEach(name -> keys.addAll(of(load(name, loader))));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (location.toString().endsWith(".jar")) {
                try (ZipFile jar = new ZipFile(location.toFile())) {
                    jar.stream()
                            .filter(entry -> entry.getName().startsWith(APPLICATION_PACKAGE)
                                    && entry.getName().endsWith(".class"))
                            .filter(entry -> mentionsSettings(() -> jar.getInputStream(entry)))
                            .forEach(entry -> keys.addAll(of(load(entry.getName(), loader))));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return keys;
    }

    /** The keys one class requires: its injected settings without a default, and its data sources' placeholders. */
    public static Set<String> of(Class<?> type) {
        Set<String> keys = new TreeSet<>();
        Stream.of(type.getDeclaredFields())
                .forEach(field -> required(field, field.getGenericType()).ifPresent(keys::add));
        Stream.concat(Stream.of(type.getDeclaredConstructors()), Stream.of(type.getDeclaredMethods()))
                .map(Executable::getParameters)
                .flatMap(Stream::of)
                .forEach(parameter -> requiredParameter(parameter).ifPresent(keys::add));
        DataSourceDefinition dataSource = type.getAnnotation(DataSourceDefinition.class);
        if (dataSource != null) {
            keys.addAll(placeholders(dataSource));
        }
        return keys;
    }

    /**
     * The environment variable MicroProfile Config reads for a key: every character other than a letter or a digit
     * becomes {@code _}, then upper case ({@code andes.db.url} → {@code ANDES_DB_URL}).
     */
    public static String environmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** The refusal to start when some required keys have no value, naming each one's environment variable. */
    public static Optional<String> refusal(Collection<String> required, Predicate<String> hasValue) {
        List<String> missing = required.stream()
                .filter(hasValue.negate())
                .sorted()
                .map(key -> environmentName(key) + " (" + key + ")")
                .toList();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        String names = String.join(", ", missing);
        return Optional.of("Andes no puede iniciar: falta la variable de entorno " + names
                + " / Andes cannot start: missing environment variable " + names);
    }

    private interface Opener {
        InputStream open() throws IOException;
    }

    private static boolean mentionsSettings(Opener classFile) {
        try (InputStream in = classFile.open()) {
            byte[] bytes = in.readAllBytes();
            return MARKERS.stream().anyMatch(marker -> indexOf(bytes, marker) >= 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int indexOf(byte[] bytes, byte[] marker) {
        outer:
        for (int i = 0; i <= bytes.length - marker.length; i++) {
            for (int j = 0; j < marker.length; j++) {
                if (bytes[i + j] != marker[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static Class<?> load(String classFile, ClassLoader loader) {
        String name =
                classFile.substring(0, classFile.length() - ".class".length()).replace('/', '.');
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Cannot load " + name + " to read its settings", e);
        }
    }

    private static Optional<String> requiredParameter(Parameter parameter) {
        return required(parameter, parameter.getParameterizedType());
    }

    private static Optional<String> required(AnnotatedElement element, Type type) {
        ConfigProperty property = element.getAnnotation(ConfigProperty.class);
        if (property == null
                || !ConfigProperty.UNCONFIGURED_VALUE.equals(property.defaultValue())
                || OPTIONAL_TYPES.contains(rawType(type))) {
            return Optional.empty();
        }
        return Optional.of(property.name());
    }

    private static Class<?> rawType(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        return type instanceof Class<?> plain ? plain : Object.class;
    }

    private static Set<String> placeholders(DataSourceDefinition dataSource) {
        Set<String> keys = new TreeSet<>();
        Stream.concat(
                        Stream.of(dataSource.url(), dataSource.user(), dataSource.password()),
                        Stream.of(dataSource.properties()))
                .forEach(text -> {
                    Matcher matcher = PLACEHOLDER.matcher(text);
                    while (matcher.find()) {
                        keys.add(matcher.group(1));
                    }
                });
        return keys;
    }
}
