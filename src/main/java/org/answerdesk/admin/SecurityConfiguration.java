package org.answerdesk.admin;

import java.time.Clock;
import java.util.Arrays;

import jakarta.servlet.DispatcherType;
import org.answerdesk.audit.Audit;
import org.answerdesk.brand.Branding;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import tools.jackson.databind.json.JsonMapper;

/**
 * Who may reach what: the one place that decides. The admin API and the metrics need the admin role, given by
 * {@link AdminTokens} for {@code Authorization: Bearer <ANSWERDESK_ADMIN_TOKEN>} or by the session the
 * {@code /admin} login opens; everything public is listed here; anything else is refused. Every public channel
 * authenticates by its own means (Slack signature, Telegram secret, signed links) or needs nothing.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AdminProperties.class)
class SecurityConfiguration {

    /** The admin session cookie ({@link AdminSessionConfiguration}). */
    static final String SESSION_COOKIE = "answerdesk_admin";

    /** Routes that need the admin role. */
    static final String[] ADMIN_API = {"/api/faq", "/api/faq/**", "/api/tickets", "/api/tickets/**",
            "/api/knowledge", "/api/knowledge/**",
            "/api/analytics", "/api/analytics/**", "/api/customers/**", "/api/audit", "/api/backup",
            "/api/attachments", "/api/attachments/**", "/api/web/origins",
            "/api/brand", "/api/settings/**", "/api/channels", "/api/channels/**", "/actuator/prometheus"};

    /** Admin routes that record their own audit event (without the customer's identity the path holds). */
    static final String[] RECORD_THEMSELVES = {"/api/customers/**", "/api/web/origins"};

    /** Routes anyone may call. Health shows details only to an admin (see application.properties). */
    static final String[] PUBLIC = {"/", "/webjars/**",
            "/api/chat", "/api/chat/**", "/api/feedback", "/api/reset",
            "/slack/events", "/telegram/webhook", "/whatsapp/webhook", "/feedback/**",
            "/admin", "/admin/login", "/admin/logout", "/admin/assets/**",
            "/actuator/health", "/actuator/health/**", "/actuator/info", "/error"};

    /**
     * The provider's redirect back after a mailbox sign-in: public, since the SameSite=Strict admin cookie does not
     * come with a cross-site redirect; the controller accepts only a single-use state an admin's start handed out.
     */
    static final String MAIL_SIGN_IN_CALLBACK = "/api/channels/email/oauth/callback";

    /** The same for a channel connected from the admin page by signing in with its provider. */
    static final String CHANNEL_SIGN_IN_CALLBACK = "/api/channels/*/sign-in/callback";

    /** The web chat's static files (src/main/resources/static). */
    static final String[] STATIC_FILES = {"/*.html", "/*.js", "/*.css", "/*.ico", "/*.png", "/*.svg"};

    @Bean
    AdminTokens adminTokens(AdminProperties properties) {
        return new AdminTokens(properties,
                new LoginThrottle(properties.maxFailures(), properties.failureWindow(), Clock.systemUTC()));
    }

    /**
     * No observations of Spring Security's own (a timing around each of its filters, of every authentication and
     * authorization, on every request): nothing here reads them, and they cost every chat request CPU.
     * {@code http.server.requests} still times each request as a whole.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SessionBinding sessionBinding(AdminProperties properties) {
        return new SessionBinding(properties);
    }

    @Bean
    SecurityContextRepository adminSessionRepository() {
        return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
                new HttpSessionSecurityContextRepository());
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain securityFilterChain(HttpSecurity http, AdminTokens tokens, AdminProperties properties,
                                            SecurityContextRepository sessions, SessionBinding binding,
                                            JsonMapper json,
                                            ObjectProvider<Audit> audit, ObjectProvider<SiteOrigins> sites,
                                            ObjectProvider<Branding> brand,
                                            @Value("${answerdesk.public-url:http://localhost:8080}") String publicUrl,
                                            @Value("${answerdesk.web.allowed-origins:}") String allowedOrigins) {
        // a test slice has no database: the setting's origins only
        SiteOrigins origins = sites.getIfAvailable(() -> SiteOrigins.fixed(WebOrigins.parse(allowedOrigins)));
        var errors = new AdminErrors(properties, json);
        RequestMatcher adminPage = matcher("/admin", "/admin/**");
        RequestMatcher adminRoutes = new OrRequestMatcher(adminPage, matcher(ADMIN_API), matcher("/actuator/**"));
        http.csrf(AbstractHttpConfigurer::disable) // replaced by SameOriginFilter
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable) // else refused requests would open sessions
                .securityContext(c -> c.securityContextRepository(sessions))
                .exceptionHandling(e -> e.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .headers(h -> SecurityHeaders.apply(h, adminPage, origins, new LogoOrigin(brand)))
                .cors(c -> c.configurationSource(origins.corsSource()))
                .logout(l -> l.logoutRequestMatcher(PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/admin/logout"))
                        .deleteCookies(SESSION_COOKIE)
                        .logoutSuccessHandler((request, response, authentication) -> {
                            response.setStatus(HttpStatus.SEE_OTHER.value());
                            response.setHeader(HttpHeaders.LOCATION, "/admin");
                        }))
                .addFilterBefore(binding.filter(), SecurityContextHolderFilter.class)
                .addFilterBefore(new SameOriginFilter(adminRoutes, publicUrl, errors), LogoutFilter.class)
                .addFilterAt(bearerFilter(tokens, errors, audit), BasicAuthenticationFilter.class)
                .addFilterAfter(new AdminAuditFilter(matcher(ADMIN_API), matcher(RECORD_THEMSELVES), audit),
                        AuthorizationFilter.class)
                .authorizeHttpRequests(a -> a
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(HttpMethod.GET, MAIL_SIGN_IN_CALLBACK, CHANNEL_SIGN_IN_CALLBACK).permitAll()
                        .requestMatchers(ADMIN_API).hasRole(AdminTokens.ROLE)
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers(HttpMethod.GET, STATIC_FILES).permitAll()
                        .requestMatchers(HttpMethod.HEAD, STATIC_FILES).permitAll()
                        .anyRequest().denyAll());
        return http.build();
    }

    /** Authenticates {@code Authorization: Bearer <token>} on any request; a wrong token gets 401 (or 429). */
    private static AuthenticationFilter bearerFilter(AdminTokens tokens, AdminErrors errors,
                                                     ObjectProvider<Audit> audit) {
        var filter = new AuthenticationFilter(tokens::authenticate, request -> {
            String header = request.getHeader(HttpHeaders.AUTHORIZATION);
            if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return null;
            }
            return AdminTokens.attempt(header.substring(7), new WebAuthenticationDetails(request));
        });
        filter.setSuccessHandler((request, response, authentication) -> { }); // carry on with the request
        filter.setFailureHandler((request, response, failure) -> {
            if (!(failure instanceof AdminTokens.Throttled)) { // a throttled client's attempts are not even checked
                audit.ifAvailable(a -> a.record(request, "SIGN_IN_FAILED", "wrong bearer token"));
            }
            errors.onAuthenticationFailure(request, response, failure);
        });
        return filter;
    }

    private static RequestMatcher matcher(String... patterns) {
        return new OrRequestMatcher(Arrays.stream(patterns)
                .map(PathPatternRequestMatcher::pathPattern).map(RequestMatcher.class::cast).toList());
    }
}
