package org.proximite.web.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;
import org.proximite.core.account.AccountDirectory;
import org.proximite.core.account.CarriedSignIns;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Three filter chains: the public guide, then machines, then people. Every answer carries the
 * security headers (a Content-Security-Policy as strict as each kind of page allows,
 * {@code X-Content-Type-Options}, {@code X-Frame-Options}, {@code Referrer-Policy}); a signed-in
 * session is checked at every request by {@link SessionPolicy}, and carried on by
 * {@link CarryOnSignIn} on an instance that does not hold it.
 *
 * <p>Two of them in detail. Machines (REST clients, metrics scrapers) get HTTP Basic and plain 401
 * answers, and never a new session (a signed-in admin's session works too); people get Vaadin's
 * form login, and the roles on each view are checked by Vaadin's navigation access control.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    private static final String REALM = "Proximite";
    /** The public pages' addresses before the guide had its own, still answered for links kept from then. */
    private static final Pattern FORMER_PUBLIC_PATHS = Pattern.compile("/(practices|initiatives)(/[^/]+)?|/chapters/[^/]+");

    /**
     * Requests are measured as a whole ({@code http.server.requests}), not filter by filter: an
     * observation of each security filter and decision cost a read API request about a tenth of
     * its time.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * The public guide's pages: no script at all, their style inline. {@code form-action} lets
     * the language switch and the search form work.
     */
    static final String GUIDE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self';"
            + " base-uri 'none'; frame-ancestors 'none'";

    /**
     * The workspace (Vaadin): its bootstrap writes inline scripts and styles, and the client
     * runs server-sent JavaScript through {@code Function} ({@code 'unsafe-eval'}); everything
     * still comes from this server only, and nothing may frame it.
     */
    static final String WORKSPACE_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self';"
            + " object-src 'none'; form-action 'self'; base-uri 'self'; frame-ancestors 'none'";

    private static void securityHeaders(HttpSecurity http, String policy) throws Exception {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frames -> frames.deny()));
    }

    private final AccountDirectory accounts;
    private final SignInSettings settings;
    private final Clock clock;
    private final CarryOnSignIn carryOnSignIn;
    /**
     * Who is signed in, as this application's security filters hold it. The JVM-wide
     * {@code SecurityContextHolder} belongs to whichever application started last in the JVM; read
     * through it, a request's sign-in could be missed (or another application's seen).
     */
    private final SecurityContextHolderStrategy signedIn;

    SecurityConfiguration(AccountDirectory accounts, SignInSettings settings, Clock clock, CarriedSignIns carried,
            @Value("${server.servlet.session.timeout:30m}") Duration idleTimeout, SecurityContextHolderStrategy signedIn) {
        this.accounts = accounts;
        this.settings = settings;
        this.clock = clock;
        this.signedIn = signedIn;
        this.carryOnSignIn = new CarryOnSignIn(carried, new DatabaseAccounts(accounts), idleTimeout, clock, signedIn);
    }

    private SessionPolicy sessionPolicy() {
        return new SessionPolicy(accounts, settings.absoluteTimeout(), clock, signedIn);
    }
    private static final java.util.Set<String> SAFE_METHODS = java.util.Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    /**
     * The public guide: read by anyone, the same answer for everyone (no session is created, no
     * per-user header), so a cache in front can keep it. {@code /} is here for readers arriving;
     * Vaadin's own requests to {@code /} carry {@code v-r} and stay with Vaadin's chain.
     */
    @Bean
    @Order(0)
    SecurityFilterChain publicGuide(HttpSecurity http) throws Exception {
        http.securityMatcher(request -> {
                    String path = request.getRequestURI().substring(request.getContextPath().length());
                    boolean arriving = path.equals("/") && "GET".equals(request.getMethod()) && request.getParameter("v-r") == null;
                    boolean former = FORMER_PUBLIC_PATHS.matcher(path).matches();
                    return arriving || former || path.equals("/guide") || path.startsWith("/guide/");
                })
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                // The read cache sets Cache-Control on these pages: Spring Security's no-store would forbid caching them.
                .headers(headers -> headers.cacheControl(cacheControl -> cacheControl.disable()))
                .csrf(csrf -> csrf.disable());
        securityHeaders(http, GUIDE_POLICY);
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain machineEndpoints(HttpSecurity http, org.springframework.security.authentication.AuthenticationProvider signIn,
            RecentBasicCredentials recent) throws Exception {
        // Scripts send their password with every call: one checked lately is not checked again (see RecentBasicCredentials).
        http.authenticationManager(new org.springframework.security.authentication.ProviderManager(recent.in(signIn)));
        http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/v1/admin/**").hasRole(Roles.ADMIN)
                        // A text's revisions and moves are for people who work on content.
                        .requestMatchers("/api/v1/practices/*/texts/**", "/api/v1/initiatives/*/texts/**").hasAnyRole(Roles.all())
                        // A translator's file carries drafts both ways.
                        .requestMatchers("/api/v1/xliff", "/api/v1/xliff/**").hasAnyRole(Roles.all())
                        .requestMatchers(HttpMethod.GET, "/api/v1/**").permitAll()
                        .requestMatchers("/actuator/health/**").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Roles.ADMIN)
                        .anyRequest().hasAnyRole(Roles.all()))
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(basicEntryPoint()))
                .addFilterBefore(sessionPolicy(), AuthorizationFilter.class)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                // HTTP Basic for scripts, or the session of a signed-in admin (never a new session).
                // No CSRF token: a browser replays the session cookie and cached Basic credentials,
                // so writing requests must carry a header that a cross-site form cannot send.
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(request ->
                        !SAFE_METHODS.contains(request.getMethod()) && request.getHeader("X-Requested-With") == null));
        securityHeaders(http, WORKSPACE_POLICY);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain people(HttpSecurity http) throws Exception {
        // Vaadin denies every request it does not know: permit our own static files and
        // Spring's error page before it adds its rules.
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**", "/images/**", "/error").permitAll());
        // Signing out also ends the sign-in that other instances could carry on.
        http.logout(logout -> logout.addLogoutHandler(carryOnSignIn));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        http.addFilterBefore(sessionPolicy(), AuthorizationFilter.class);
        http.addFilterBefore(carryOnSignIn, AuthorizationFilter.class);
        http.addFilterBefore(new SignInOriginCheck("/login"),
                org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class);
        securityHeaders(http, WORKSPACE_POLICY);
        return http.build();
    }

    /** 401 with the realm for a wrong name or password; 429 with {@code Retry-After} while sign-ins are slowed down. */
    private static org.springframework.security.web.AuthenticationEntryPoint basicEntryPoint() {
        BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
        basic.setRealmName(REALM);
        return (request, response, exception) -> {
            if (exception instanceof SignInSlowedDown slowed) {
                response.setHeader("Retry-After", String.valueOf(slowed.retryAfterSeconds()));
                response.sendError(429, "Too many failed sign-ins");
            } else {
                basic.commence(request, response, exception);
            }
        };
    }
}
