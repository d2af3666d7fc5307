package org.cloudspend.store.internal;

import java.io.IOException;
import java.util.Arrays;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

/**
 * The DuckDB driver bundle, installed by the store itself and kept for the life of the JVM. The driver's native library
 * (about 70 MB) is extracted and mapped once per class loader and can never be unloaded: JNI holds its classes. Were
 * the driver part of cloudspend's features, every redeploy of the .kar would reinstall it and map one more copy. So
 * the features only carry it, the store installs it on first start (its location is in the store's manifest), and
 * later stores, after a redeploy, find it installed and use the same library.
 */
final class DuckDbDriverBundle {

    static final String SYMBOLIC_NAME = "org.duckdb.duckdb_jdbc";
    /** The store's manifest header naming the driver's location, e.g. mvn:org.duckdb/duckdb_jdbc/2.0.0.1. */
    static final String LOCATION_HEADER = "Cloudspend-DuckDB-Driver";

    private DuckDbDriverBundle() {
    }

    /**
     * Makes sure the driver bundle is installed and started; nothing when the store is not a bundle. Only called where
     * OSGi's classes exist: this class cannot even be loaded without them.
     */
    static synchronized void ensureStarted() throws IOException {
        Bundle store = FrameworkUtil.getBundle(DuckDbDriverBundle.class);
        if (store == null || store.getBundleContext() == null) {
            return;
        }
        try {
            ensureStarted(store);
        } catch (BundleException | IllegalStateException e) {
            throw new IOException("The DuckDB driver bundle (" + store.getHeaders().get(LOCATION_HEADER)
                    + ") cannot be installed or started: " + e.getMessage(), e);
        }
    }

    private static void ensureStarted(Bundle store) throws BundleException {
        BundleContext context = store.getBundleContext();
        String location = store.getHeaders().get(LOCATION_HEADER);
        Bundle driver = Arrays.stream(context.getBundles())
                .filter(bundle -> SYMBOLIC_NAME.equals(bundle.getSymbolicName()))
                .findFirst()
                .orElse(null);
        if (driver == null) {
            if (location == null) {
                throw new BundleException("The store's manifest names no DuckDB driver (" + LOCATION_HEADER + ")");
            }
            driver = context.installBundle(location);
        }
        if (driver.getState() != Bundle.ACTIVE) {
            driver.start();
        }
    }
}
