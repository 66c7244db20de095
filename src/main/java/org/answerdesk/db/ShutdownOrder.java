package org.answerdesk.db;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ClassUtils;

/**
 * The event publication registry reads the database when the app stops (to log unfinished publications), but
 * reaches it through a proxy, so Spring does not know it needs the database: it could stop the embedded
 * PostgreSQL first and then wait for a connection until the pool's time-out. Declared here, the registry stops
 * before the data source, which stops before the database.
 */
@Configuration(proxyBeanMethods = false)
class ShutdownOrder {

    @Bean
    static BeanFactoryPostProcessor registryStopsBeforeTheDatabase() {
        return factory -> dependOnDataSources(factory);
    }

    /** Spring Modulith's registry type; it sits in a runtime-only jar. */
    private static final String REGISTRY = "org.springframework.modulith.events.core.EventPublicationRegistry";

    private static void dependOnDataSources(ConfigurableListableBeanFactory factory) {
        if (!ClassUtils.isPresent(REGISTRY, factory.getBeanClassLoader())) {
            return;
        }
        Class<?> registryType = ClassUtils.resolveClassName(REGISTRY, factory.getBeanClassLoader());
        String[] dataSources = factory.getBeanNamesForType(DataSource.class, true, false);
        for (String registry : factory.getBeanNamesForType(registryType, true, false)) {
            var definition = factory.getBeanDefinition(registry);
            String[] before = definition.getDependsOn() == null ? new String[0] : definition.getDependsOn();
            String[] after = java.util.Arrays.copyOf(before, before.length + dataSources.length);
            System.arraycopy(dataSources, 0, after, before.length, dataSources.length);
            definition.setDependsOn(after);
        }
    }
}
