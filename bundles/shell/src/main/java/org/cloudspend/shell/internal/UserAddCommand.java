package org.cloudspend.shell.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.security.auth.login.AppConfigurationEntry;
import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.apache.karaf.jaas.modules.BackingEngineFactory;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.cloudspend.api.msp.CustomerRegistry;

/**
 * Adds a user to Karaf's realm (the users of the shell, the HTTP API and the page) with one cloudspend role. The
 * password is asked twice and never echoed, and stored as the realm stores passwords (hashed when Karaf's JAAS
 * encryption is on, as in the assembly).
 */
@Service
@org.apache.karaf.shell.api.action.Parsing(CloudspendParser.class)
@Command(scope = "cloudspend", name = "user-add", description = "Adds a user who may log in to the web page, the HTTP"
        + " API and (viewer, admin) the shell; the password is asked, never echoed")
public class UserAddCommand extends CloudspendCommand {

    static final String REALM = "karaf";

    @Argument(index = 0, name = "name", required = true, description = "The user name to log in with")
    String name;

    @Option(name = "-r", aliases = "--role", required = true, description = "viewer (reads costs, accounts, loads,"
            + " errors), admin (also changes them) or customer:<id> (sees only that MSP customer's costs)")
    String role;

    @Reference
    Session session;

    @Reference
    List<JaasRealm> realms;

    @Reference
    List<BackingEngineFactory> engineFactories;

    @Reference(optional = true)
    CustomerRegistry customers;

    @Override
    protected Object run() throws Exception {
        List<String> roles = roles(role);
        BackingEngine engine = engine();
        if (engine.lookupUser(name) != null) {
            throw new IllegalArgumentException("User " + name + " exists already: jaas:realm-manage --realm " + REALM
                    + " then jaas:user-delete " + name + " and jaas:update remove it first");
        }
        String password = password();
        engine.addUser(name, password);
        for (String granted : roles) {
            engine.addRole(name, granted);
        }
        System.out.println("User " + name + " added with the role" + (roles.size() > 1 ? "s " : " ")
                + String.join(", ", roles) + "; it logs in at http://<host>:8181/cloudspend/");
        return null;
    }

    /** The realm's roles for {@code viewer}, {@code admin} or {@code customer:<id>}. */
    List<String> roles(String text) {
        String word = text.trim();
        if (word.toLowerCase(Locale.ROOT).startsWith("customer:")) {
            String customer = word.substring("customer:".length()).trim();
            if (customer.isEmpty()) {
                throw new IllegalArgumentException("--role customer:<id> names the customer, e.g. customer:acme");
            }
            if (customers == null) {
                throw new IllegalStateException("MSP customers are not installed here: feature:install cloudspend-msp");
            }
            if (customers.customer(customer).isEmpty()) {
                throw new IllegalArgumentException("There is no customer '" + customer + "': see"
                        + " cloudspend:customer-list");
            }
            return List.of("cloudspend-customer", "cloudspend-customer:" + customer);
        }
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "viewer" -> List.of("cloudspend-viewer");
            case "admin" -> List.of("cloudspend-admin");
            default -> throw new IllegalArgumentException("Unknown role '" + text
                    + "': use viewer, admin or customer:<id>");
        };
    }

    private BackingEngine engine() {
        for (JaasRealm realm : realms) {
            if (!realm.getName().equals(REALM)) {
                continue;
            }
            for (AppConfigurationEntry entry : realm.getEntries()) {
                Object module = entry.getOptions().get(ProxyLoginModule.PROPERTY_MODULE);
                for (BackingEngineFactory factory : engineFactories) {
                    if (factory.getModuleClass().equals(module)) {
                        return factory.build(entry.getOptions());
                    }
                }
            }
        }
        throw new IllegalStateException("Karaf's realm '" + REALM + "' has no user store cloudspend can write to"
                + " (its login modules: see jaas:realm-list)");
    }

    private String password() throws IOException {
        String first = ask("Password for " + name + ": ");
        if (first == null || first.length() < 8) {
            throw new IllegalArgumentException("A password has 8 characters or more; the user was not added");
        }
        String again = ask("The same password again: ");
        if (!first.equals(again)) {
            throw new IllegalArgumentException("The two passwords differ; the user was not added");
        }
        return first;
    }

    /** A line typed without echo; a session without a terminal (a script) reads it from its input as it is. */
    private String ask(String prompt) throws IOException {
        try {
            return session.readLine(prompt, '*');
        } catch (UnsupportedOperationException noTerminal) {
            System.out.print(prompt);
            System.out.flush();
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            InputStream in = session.getKeyboard();
            for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
                if (b != '\r') {
                    line.write(b);
                }
            }
            System.out.println();
            return line.toString(StandardCharsets.UTF_8);
        }
    }
}
