package org.proximite.web.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two filter chains. Machines (REST clients, metrics scrapers) get HTTP Basic and plain 401
 * answers, and never a new session (a signed-in admin's session works too); people get Vaadin's
 * form login, and the roles on each view are checked by Vaadin's navigation access control.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    private static final String REALM = "Proximite";
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
                    boolean former = path.matches("/(practices|initiatives)(/[^/]+)?|/chapters/[^/]+");
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
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain machineEndpoints(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/v1/admin/**").hasRole(Roles.ADMIN)
                        // A text's revisions and moves are for people who work on content.
                        .requestMatchers("/api/v1/practices/*/texts/**", "/api/v1/initiatives/*/texts/**").hasAnyRole(Roles.all())
                        .requestMatchers(HttpMethod.GET, "/api/v1/**").permitAll()
                        .requestMatchers("/actuator/health/**").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Roles.ADMIN)
                        .anyRequest().hasAnyRole(Roles.all()))
                .httpBasic(basic -> basic.realmName(REALM))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                // HTTP Basic for scripts, or the session of a signed-in admin (never a new session).
                // No CSRF token: a browser replays the session cookie and cached Basic credentials,
                // so writing requests must carry a header that a cross-site form cannot send.
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(request ->
                        !SAFE_METHODS.contains(request.getMethod()) && request.getHeader("X-Requested-With") == null));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain people(HttpSecurity http) throws Exception {
        // Vaadin denies every request it does not know: permit our own static files and
        // Spring's error page before it adds its rules.
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**", "/images/**", "/error").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }
}
