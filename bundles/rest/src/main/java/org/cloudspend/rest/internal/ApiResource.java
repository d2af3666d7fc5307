package org.cloudspend.rest.internal;

import java.util.List;

/**
 * One concern of the HTTP API (costs, accounts, loads, ...), a DS component of its own that the API servlet serves;
 * a concern whose services are not installed (MSP customers, alerts) simply has no routes.
 */
interface ApiResource {

    List<Route> routes();
}
