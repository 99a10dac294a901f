package io.andes.app.packaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The checked-out repository the tests run in: its files and the build's own settings (poms). */
final class Repository {

    private final Path root;

    private Repository(Path root) {
        this.root = root;
    }

    /** The nearest directory, from the working directory up, that holds {@code docker/compose.yaml}. */
    static Repository locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("docker/compose.yaml")) && Files.exists(dir.resolve("pom.xml"))) {
                return new Repository(dir);
            }
        }
        throw new IllegalStateException(
                "No docker/compose.yaml above " + Path.of("").toAbsolutePath());
    }

    Path file(String relative) {
        return root.resolve(relative).normalize();
    }

    String read(String relative) {
        try {
            return Files.readString(file(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A property of the root pom, such as {@code payara.version}. */
    String buildProperty(String name) {
        return first("pom.xml", "<" + Pattern.quote(name) + ">([^<]+)</" + Pattern.quote(name) + ">");
    }

    /** The application's realm file, as the dev run and the tests find it ({@code andes.realm.file} of app/pom.xml). */
    Path realmFile() {
        return file(
                "app/" + first("app/pom.xml", "<andes.realm.file>\\$\\{project.basedir}/([^<]+)</andes.realm.file>"));
    }

    /** The main source roots of the WAR: app itself and every io.andes module it depends on. */
    List<Path> applicationSourceRoots() {
        List<Path> roots = new ArrayList<>(List.of(file("app/src/main/java")));
        Matcher module = Pattern.compile("<groupId>io\\.andes</groupId>\\s*<artifactId>([^<]+)</artifactId>")
                .matcher(read("app/pom.xml").substring(read("app/pom.xml").indexOf("<dependencies>")));
        while (module.find()) {
            Path sources = file(module.group(1) + "/src/main/java");
            if (!Files.isDirectory(sources)) {
                throw new IllegalStateException("Module " + module.group(1) + " has no " + sources);
            }
            roots.add(sources);
        }
        return roots;
    }

    private String first(String relative, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(read(relative));
        if (!matcher.find()) {
            throw new IllegalStateException(relative + " has nothing matching " + regex);
        }
        return matcher.group(1).trim();
    }
}
