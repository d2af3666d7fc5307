package org.cloudspend.ingest.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Route files an integrator drops into a folder ({@code *.yaml}, {@code *.yml}, {@code *.xml}): each is loaded into the
 * context, reloaded when it changes and its routes removed when it goes, touching no other route (Camel's own
 * reload strategy would remove every route, the accounts' included). A file that fails to load is reported and the
 * routes of its previous version keep running.
 */
final class RouteFiles {

    private static final Logger LOG = LoggerFactory.getLogger(RouteFiles.class);

    /** What is known of one file: when it was loaded, its last good content and the routes that came from it. */
    private record Loaded(FileTime modified, String content, Set<String> routeIds, String error) {
    }

    private final CamelContext camel;
    private final Path folder;
    private final Map<Path, Loaded> files = new HashMap<>();

    RouteFiles(CamelContext camel, Path folder) {
        this.camel = camel;
        this.folder = folder;
    }

    /** Loads new and changed files, removes the routes of deleted ones. */
    synchronized void scan() throws IOException {
        Set<Path> present = new HashSet<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> listing = Files.list(folder)) {
                for (Path file : listing.filter(RouteFiles::isRouteFile).sorted().toList()) {
                    present.add(file);
                    FileTime modified = Files.getLastModifiedTime(file);
                    Loaded known = files.get(file);
                    if (known == null || !known.modified().equals(modified)) {
                        load(file, modified, known);
                    }
                }
            }
        }
        for (Path gone : new ArrayList<>(files.keySet())) {
            if (!present.contains(gone)) {
                removeRoutes(files.remove(gone).routeIds());
                LOG.info("Route file {} removed, and its routes", gone.getFileName());
            }
        }
    }

    private void load(Path file, FileTime modified, Loaded previous) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        Set<String> previousRoutes = previous == null ? Set.of() : previous.routeIds();
        removeRoutes(previousRoutes);
        try {
            Set<String> routes = addRoutes(file, content);
            files.put(file, new Loaded(modified, content, routes, null));
            LOG.info("Route file {} loaded: routes {}", file.getFileName(), routes);
        } catch (Exception e) {
            String error = rootMessage(e);
            LOG.error("Route file {} cannot be loaded, {}: {}", file.getFileName(), previous == null
                    ? "it adds no route" : "its previous routes keep running", error);
            Set<String> restored = Set.of();
            if (previous != null && previous.content() != null) {
                try {
                    restored = addRoutes(file, previous.content());
                } catch (Exception again) {
                    LOG.error("The previous version of {} cannot be restored: {}", file.getFileName(),
                            rootMessage(again));
                }
            }
            files.put(file, new Loaded(modified, previous == null ? null : previous.content(), restored, error));
        }
    }

    /** As Camel's routes loader adds a file's routes, once each of its builders was checked for reserved ids. */
    private Set<String> addRoutes(Path file, String content) throws Exception {
        java.util.Collection<org.apache.camel.RoutesBuilder> builders = PluginHelper.getRoutesLoader(camel)
                .findRoutesBuilders(ResourceHelper.fromString("file:" + file, content));
        for (org.apache.camel.RoutesBuilder builder : builders) {
            ContextRoutes.refuseReservedIds(camel, builder, "Route file " + file.getFileName());
        }
        return ContextRoutes.add(camel, context -> {
            for (org.apache.camel.RoutesBuilder builder : builders) {
                if (builder instanceof org.apache.camel.RouteConfigurationsBuilder configurations) {
                    context.addRoutesConfigurations(configurations);
                }
            }
            for (org.apache.camel.RoutesBuilder builder : builders) {
                context.addRoutes(builder);
            }
            for (org.apache.camel.RoutesBuilder builder : builders) {
                context.addTemplatedRoutes(builder);
            }
        });
    }

    private void removeRoutes(Set<String> routeIds) {
        ContextRoutes.remove(camel, routeIds);
    }

    /** The file each route came from, by route id. */
    synchronized Map<String, String> origins() {
        Map<String, String> origins = new HashMap<>();
        files.forEach((file, loaded) -> loaded.routeIds().forEach(id -> origins.put(id,
                file.getFileName().toString())));
        return origins;
    }

    /** Per loaded file, its routes, or why its last version failed. */
    synchronized Map<String, String> describe() {
        Map<String, String> described = new HashMap<>();
        files.forEach((file, loaded) -> described.put(file.getFileName().toString(), loaded.error() != null
                ? "failed: " + loaded.error() : "routes " + loaded.routeIds()));
        return described;
    }

    private static boolean isRouteFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".xml"));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root.getMessage() + ")";
    }
}
