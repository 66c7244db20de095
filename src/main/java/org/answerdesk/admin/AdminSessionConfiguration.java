package org.answerdesk.admin;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The admin session the login opens lives in PostgreSQL (tables {@code spring_session*}, Spring Session JDBC), so
 * it is valid on every instance sharing the database and signing out ends it everywhere. Its cookie: HttpOnly,
 * SameSite=Strict (the admin page is never reached from other sites), Secure when the public URL is https.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableJdbcHttpSession
class AdminSessionConfiguration {

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> adminSessionTimeout(AdminProperties properties) {
        return repository -> repository.setDefaultMaxInactiveInterval(properties.sessionTimeout());
    }

    @Bean
    CookieSerializer adminSessionCookie(@Value("${answerdesk.public-url:http://localhost:8080}") String publicUrl) {
        var cookie = new DefaultCookieSerializer();
        cookie.setCookieName(SecurityConfiguration.SESSION_COOKIE);
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Strict");
        cookie.setUseSecureCookie(publicUrl.regionMatches(true, 0, "https:", 0, 6));
        cookie.setCookiePath("/");
        return cookie;
    }
}
