package org.cloudspend.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void anAdministratorMayDoEverything() {
        Caller admin = new Caller("ann", Set.of("cloudspend-admin"));
        assertTrue(admin.may(Access.ADMIN) && admin.may(Access.VIEWER) && admin.may(Access.ANY_ROLE));
        assertFalse(admin.customerUser());
    }

    @Test
    void aViewerReadsButChangesNothing() {
        Caller viewer = new Caller("vic", Set.of("cloudspend-viewer"));
        assertTrue(viewer.may(Access.VIEWER));
        assertFalse(viewer.may(Access.ADMIN));
    }

    @Test
    void aCustomerUserIsScopedEvenWhenItAlsoHoldsTheViewerRole() {
        Caller customer = new Caller("cora", Set.of("cloudspend-viewer", "cloudspend-customer",
                "cloudspend-customer:acme"));
        assertTrue(customer.customerUser());
        assertFalse(customer.may(Access.VIEWER));
        assertTrue(customer.may(Access.ANY_ROLE));
        assertEquals("acme", customer.customerId());
        assertEquals(Optional.of("customer"), customer.role());
    }

    @Test
    void aCustomerUserNamingTwoCustomersIsRefused() {
        Caller both = new Caller("bo", Set.of("cloudspend-customer:acme", "cloudspend-customer:globex"));
        Problem problem = assertThrows(Problem.class, both::customerId);
        assertEquals(403, problem.status());
        assertTrue(problem.getMessage().contains("2 customers (acme, globex)"), problem.getMessage());
    }

    @Test
    void aKarafUserWithoutACloudspendRoleMayNothing() {
        Caller karaf = new Caller("karaf", Set.of("admin", "manager"));
        assertFalse(karaf.may(Access.ANY_ROLE));
        assertEquals(Optional.empty(), karaf.role());
    }
}
