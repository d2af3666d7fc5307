package org.cloudspend.rest.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.http.context.ServletContextHelper;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The HTTP context {@code /cloudspend} that the API and the page are served in. It owns authentication: every
 * request under {@code /cloudspend/api/} must carry HTTP Basic credentials that Karaf's JAAS realm accepts (the
 * shell's users); the page's own files hold no data and are served to anyone.
 */
@Component(service = ServletContextHelper.class, scope = ServiceScope.BUNDLE,
        configurationPid = "org.cloudspend.rest", configurationPolicy = ConfigurationPolicy.OPTIONAL,
        property = {
            "osgi.http.whiteboard.context.name=" + CloudspendContext.NAME,
            "osgi.http.whiteboard.context.path=/cloudspend"
        })
@Designate(ocd = ApiConfig.class)
public class CloudspendContext extends ServletContextHelper {

    static final String NAME = "cloudspend";
    static final String SELECT = "(osgi.http.whiteboard.context.name=" + NAME + ")";

    private final RealmLogin login;

    /** One per bundle that uses the context: the page's files are found in the page's bundle. */
    @Activate
    public CloudspendContext(ComponentContext context, ApiConfig config) {
        super(context.getUsingBundle());
        this.login = new RealmLogin(config.realm(), Duration.ofSeconds(Math.max(0, config.loginRememberedSeconds())),
                Clock.systemUTC());
    }

    @Override
    public boolean handleSecurity(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.getRequestURI().startsWith("/cloudspend/api/")) {
            return true;
        }
        Optional<Caller> caller = credentials(request).flatMap(pair -> login.login(pair[0], pair[1]));
        if (caller.isPresent()) {
            request.setAttribute(Caller.ATTRIBUTE, caller.get());
            return true;
        }
        // the page sends X-Requested-By and shows its own login form; a browser's dialog would hide it
        if (request.getHeader(ApiServlet.REQUESTED_BY) == null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"cloudspend\", charset=\"UTF-8\"");
        }
        ApiServlet.write(response, Problem.unauthorized(request.getHeader("Authorization") == null
                ? "Log in: send the user name and password of a Karaf user with a cloudspend role (HTTP Basic)"
                : "The user name or password is not right"), request.getRequestURI());
        // committed, so that Pax Web sends this answer rather than its own 403 page
        response.flushBuffer();
        return false;
    }

    /** The user name and password of an HTTP Basic Authorization header. */
    private static Optional<String[]> credentials(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        return colon <= 0 ? Optional.empty()
                : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
    }
}
