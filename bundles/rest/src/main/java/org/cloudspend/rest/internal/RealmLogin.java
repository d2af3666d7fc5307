package org.cloudspend.rest.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;

/**
 * Logs users in against a Karaf JAAS realm (the shell's users), and remembers a successful login for a short while
 * so that a page's many requests do not each read the realm's files; a changed password or role counts once the
 * memory expires.
 */
final class RealmLogin {

    private static final int REMEMBERED_AT_MOST = 1_000;

    private final String realm;
    private final Duration remembered;
    private final Clock clock;
    private final Map<String, Remembered> logins = new ConcurrentHashMap<>();

    private record Remembered(Caller caller, Instant until) {
    }

    RealmLogin(String realm, Duration remembered, Clock clock) {
        this.realm = realm;
        this.remembered = remembered;
        this.clock = clock;
    }

    /** The user with its roles, or empty when the realm refuses the name and password. */
    Optional<Caller> login(String user, String password) {
        String key = user + '\u0000' + sha256(password);
        Instant now = clock.instant();
        Remembered known = logins.get(key);
        if (known != null && known.until().isAfter(now)) {
            return Optional.of(known.caller());
        }
        Optional<Caller> caller = jaas(user, password);
        if (caller.isPresent()) {
            if (logins.size() >= REMEMBERED_AT_MOST) {
                logins.clear();
            }
            logins.put(key, new Remembered(caller.get(), now.plus(remembered)));
        } else {
            logins.remove(key);
        }
        return caller;
    }

    private Optional<Caller> jaas(String user, String password) {
        Subject subject = new Subject();
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        // JAAS loads the realm's login module through the context class loader; Karaf's proxy lives in its boot jars
        thread.setContextClassLoader(ProxyLoginModule.class.getClassLoader());
        try {
            LoginContext context = new LoginContext(realm, subject, callbacks -> {
                for (var callback : callbacks) {
                    if (callback instanceof NameCallback name) {
                        name.setName(user);
                    } else if (callback instanceof PasswordCallback secret) {
                        secret.setPassword(password.toCharArray());
                    } else {
                        throw new UnsupportedCallbackException(callback);
                    }
                }
            });
            context.login();
        } catch (LoginException e) {
            return Optional.empty();
        } finally {
            thread.setContextClassLoader(before);
        }
        Set<String> roles = new HashSet<>();
        for (Principal principal : subject.getPrincipals(RolePrincipal.class)) {
            roles.add(principal.getName());
        }
        return Optional.of(new Caller(user, roles));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
