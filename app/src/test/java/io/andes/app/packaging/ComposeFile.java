package io.andes.app.packaging;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.Yaml;

/** docker/compose.yaml as data (YAML anchors and merge keys resolved), with the questions the tests ask of it. */
final class ComposeFile {

    private final Path directory;
    private final Map<String, Object> services;

    private ComposeFile(Path directory, Map<String, Object> services) {
        this.directory = directory;
        this.services = services;
    }

    static ComposeFile read(Repository repository, String relative) {
        Map<String, Object> document = new Yaml().load(repository.read(relative));
        return new ComposeFile(repository.file(relative).getParent(), map(document.get("services")));
    }

    Map<String, Object> service(String name) {
        return map(Objects.requireNonNull(services.get(name), "no service " + name));
    }

    List<String> serviceNames() {
        return List.copyOf(services.keySet());
    }

    /** The services built from the given Dockerfile: the application's instances. */
    List<String> servicesBuiltFrom(Path dockerfile) {
        return services.keySet().stream()
                .filter(name -> service(name).get("build") instanceof Map<?, ?> build
                        && dockerfile.equals(directory
                                .resolve(String.valueOf(build.get("context")))
                                .resolve(String.valueOf(build.get("dockerfile")))
                                .normalize()))
                .toList();
    }

    /** A service's environment, from either the mapping or the list form ({@code KEY=value}). */
    Map<String, String> environment(String name) {
        Object environment = service(name).get("environment");
        Map<String, String> variables = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> mapping) {
            mapping.forEach(
                    (key, value) -> variables.put(String.valueOf(key), value == null ? null : String.valueOf(value)));
        } else if (environment instanceof List<?> list) {
            list.stream().map(String::valueOf).forEach(entry -> {
                int equals = entry.indexOf('=');
                variables.put(
                        equals < 0 ? entry : entry.substring(0, equals),
                        equals < 0 ? null : entry.substring(equals + 1));
            });
        }
        return variables;
    }

    /** The host name other containers reach a service at. */
    String hostName(String name) {
        return String.valueOf(service(name).getOrDefault("hostname", name));
    }

    /** The sources of a service's bind mounts, resolved against the compose file's directory. */
    List<Path> mountedFiles(String name) {
        Object volumes = service(name).getOrDefault("volumes", List.of());
        return ((List<?>) volumes)
                .stream()
                        .map(String::valueOf)
                        .filter(volume -> volume.startsWith("."))
                        .map(volume -> directory
                                .resolve(volume.substring(0, volume.indexOf(':')))
                                .normalize())
                        .toList();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> ? (Map<String, Object>) value : Map.of();
    }
}
