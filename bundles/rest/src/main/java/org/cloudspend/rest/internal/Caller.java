package org.cloudspend.rest.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who asks: a user of Karaf's JAAS realm and the cloudspend roles it holds. A customer user holds
 * {@value #CUSTOMER} and {@code cloudspend-customer:<id>}, naming the one customer whose costs it may see.
 */
record Caller(String name, Set<String> roles) {

    static final String ATTRIBUTE = Caller.class.getName();
    static final String VIEWER = "cloudspend-viewer";
    static final String ADMIN = "cloudspend-admin";
    static final String CUSTOMER = "cloudspend-customer";
    static final String CUSTOMER_PREFIX = CUSTOMER + ":";

    Caller {
        roles = Set.copyOf(roles);
    }

    boolean admin() {
        return roles.contains(ADMIN);
    }

    /**
     * A customer user: scoped to one customer whatever else it holds, unless it is an administrator.
     */
    boolean customerUser() {
        return !admin() && (roles.contains(CUSTOMER) || roles.stream().anyMatch(role -> role.startsWith(CUSTOMER_PREFIX)));
    }

    /** May read everything but secrets: a viewer or an administrator who is not scoped to a customer. */
    boolean viewer() {
        return admin() || (roles.contains(VIEWER) && !customerUser());
    }

    /** The customer a customer user is scoped to; refused when its roles name none or several. */
    String customerId() {
        List<String> ids = roles.stream().filter(role -> role.startsWith(CUSTOMER_PREFIX))
                .map(role -> role.substring(CUSTOMER_PREFIX.length())).sorted().toList();
        if (ids.size() != 1) {
            throw Problem.forbidden("User " + name + " is a customer user but its roles name " + (ids.isEmpty()
                    ? "no customer" : ids.size() + " customers (" + String.join(", ", ids) + ")")
                    + "; give it exactly one with cloudspend:user-add " + name + " --role customer:<id>");
        }
        return ids.get(0);
    }

    /** The role words the API reports for this caller (its {@code /me}). */
    Optional<String> role() {
        if (admin()) {
            return Optional.of("admin");
        }
        if (customerUser()) {
            return Optional.of("customer");
        }
        return viewer() ? Optional.of("viewer") : Optional.empty();
    }

    boolean may(Access access) {
        return switch (access) {
            case ADMIN -> admin();
            case VIEWER -> viewer();
            case ANY_ROLE -> role().isPresent();
        };
    }
}
