package org.answerdesk.channel;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ChannelAdapter;
import org.answerdesk.conversation.ChannelAdapters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.context.annotation.ClassPathBeanDefinitionScanner;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * A channel connected from the admin page, run as if configured at start: its package's beans (adapter, poller,
 * controllers...) are made in a child context of the app's whose properties are the stored settings. Starting is
 * refreshing that context, stopping is closing it (a poller stops and gives up its lease). While it runs, its
 * adapter is registered with {@link ChannelAdapters} (the outbox delivers to it) and its controllers with {@link
 * RunTimeRoutes} (its webhook answers). A subclass says what the channel's settings are as properties.
 */
public abstract class RunTimeChannel implements ChannelSetup, SmartLifecycle,
        ApplicationListener<PayloadApplicationEvent<?>> {

    private static final Logger log = LoggerFactory.getLogger(RunTimeChannel.class);

    private final ConfigurableApplicationContext app;
    private final ChannelAdapters adapters;
    private final RunTimeRoutes routes;
    private final Channel channel;
    private final List<Field> fields;
    private final String healthBean;
    private final String prefix;
    private final String switchedOnBy;
    private volatile ConfigurableApplicationContext running;
    private volatile boolean open;

    /**
     * The platform's part: which channel, its form, and where its beans read their settings.
     *
     * @param channel      the channel
     * @param fields       the settings its form takes, in order
     * @param healthBean   the name of its {@link ChannelHealth} bean, in the app (configured at start) or the child
     * @param prefix       its properties ({@code answerdesk.mail.}); a setting {@code imap_host} is the property
     *                     {@code answerdesk.mail.imap-host}
     * @param switchedOnBy the setting that, set in the environment, configures the channel there ({@code imap_host})
     */
    public record Platform(Channel channel, List<Field> fields, String healthBean, String prefix,
                              String switchedOnBy) {

        public Platform {
            fields = List.copyOf(fields);
        }
    }

    protected RunTimeChannel(ConfigurableApplicationContext app, ChannelAdapters adapters, RunTimeRoutes routes,
                             Platform platform) {
        this.app = app;
        this.adapters = adapters;
        this.routes = routes;
        this.channel = platform.channel();
        this.fields = platform.fields();
        this.healthBean = platform.healthBean();
        this.prefix = platform.prefix();
        this.switchedOnBy = platform.switchedOnBy();
    }

    @Override
    public final Channel channel() {
        return channel;
    }

    @Override
    public final List<Field> fields() {
        return fields;
    }

    /** The channel's credentials are set in the environment, which wins. */
    @Override
    public boolean inEnvironment() {
        String value = app.getEnvironment().getProperty(property(switchedOnBy));
        return value != null && !value.isBlank();
    }

    /** The property of a setting: {@code imap_host} is {@code answerdesk.mail.imap-host}. */
    protected String property(String setting) {
        return prefix + setting.replace('_', '-');
    }

    /** The properties the channel's beans read, made from checked settings ({@code answerdesk.mail.imap-host}). */
    protected Map<String, Object> properties(Map<String, String> settings) {
        Map<String, Object> properties = new java.util.LinkedHashMap<>();
        // a password may hold "${": escaped, it is not read as a placeholder
        settings.forEach((setting, value) -> properties.put(property(setting), value.replace("${", "\\${")));
        return properties;
    }

    /**
     * The channel's properties record as its beans would get it: these settings over the environment's.
     *
     * @throws CheckFailed naming the setting that does not bind (a port that is no number)
     */
    protected <T> T bind(Class<T> type, Map<String, String> settings) throws CheckFailed {
        var sources = new MutablePropertySources(app.getEnvironment().getPropertySources());
        sources.addFirst(new MapPropertySource("checked", properties(settings)));
        try {
            return new Binder(ConfigurationPropertySources.from(sources), new PropertySourcesPlaceholdersResolver(
                    sources)).bindOrCreate(prefix.substring(0, prefix.length() - 1), type);
        } catch (BindException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            String name = e.getProperty() == null ? "a setting" : e.getProperty().getName().toString()
                    .substring(prefix.length()).replace('-', '_');
            throw new CheckFailed(name + " is not valid: " + (cause instanceof NumberFormatException
                    ? "a number is expected" : cause.getMessage()), false);
        }
    }

    /** Beans of the channel's package that a channel started here does without (the environment's alone). */
    protected List<Class<?>> notAtRunTime() {
        return List.of();
    }

    /**
     * The channel's beans listen to the app's events ({@code @EventListener}): they are handed the ones the app
     * publishes, which a child context does not get by itself. False unless a subclass says otherwise.
     */
    protected boolean takesEvents() {
        return false;
    }

    @Override
    public void onApplicationEvent(PayloadApplicationEvent<?> event) {
        ConfigurableApplicationContext child = running;
        // the child's own events reach the app too: they are not handed back
        if (child == null || !takesEvents() || event.getSource() == child) {
            return;
        }
        ApplicationEventMulticaster multicaster;
        try {
            multicaster = child.getBean(AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME,
                    ApplicationEventMulticaster.class);
        } catch (IllegalStateException e) {
            return; // stopping: the publisher's work must not fail for it
        }
        multicaster.multicastEvent(event);
    }

    /** The app started: channels may be started. */
    @Override
    public void start() {
        open = true;
    }

    @Override
    public boolean isRunning() {
        return open || running != null;
    }

    @Override
    public synchronized void start(Map<String, String> settings) {
        if (inEnvironment()) {
            throw new IllegalStateException("the " + name() + " channel is configured in the environment");
        }
        if (!open) {
            throw new IllegalStateException("the app is not running");
        }
        stop();
        var child = new AnnotationConfigApplicationContext();
        child.setParent(app);
        child.setDisplayName(name() + " (admin)");
        child.getEnvironment().getPropertySources().addFirst(new MapPropertySource("answerdesk.admin." + name(),
                properties(settings)));
        var scanner = new ClassPathBeanDefinitionScanner(child, true, child.getEnvironment());
        scanner.addExcludeFilter(new AssignableTypeFilter(RunTimeChannel.class));
        notAtRunTime().forEach(type -> scanner.addExcludeFilter(new AssignableTypeFilter(type)));
        scanner.scan(getClass().getPackageName());
        try {
            child.refresh();
            routes.register(channel(), child);
            adapters.register(child.getBean(ChannelAdapter.class));
        } catch (RuntimeException e) {
            routes.unregister(channel());
            child.close();
            throw e;
        }
        running = child;
        log.info("{} channel started from the admin settings", name());
    }

    /** The app stops: the channel started here closes before the database does, and no other starts. */
    @Override
    public void stop(Runnable callback) {
        open = false;
        stop();
        callback.run();
    }

    /** Stops the channel started here, if any. */
    @Override
    public synchronized void stop() {
        if (running != null) {
            routes.unregister(channel());
            adapters.unregister(channel());
            running.close();
            running = null;
            log.info("{} channel started from the admin settings stopped", name());
        }
    }

    /**
     * A bean of the channel started here, while it runs. Not under the start's lock: a delivery must not wait for a
     * start (or a stop waiting for the thread that delivers).
     */
    public <T> Optional<T> running(Class<T> type) {
        ConfigurableApplicationContext child = running;
        if (child == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(child.getBeanProvider(type).getIfAvailable());
        } catch (IllegalStateException e) {
            return Optional.empty(); // closing
        }
    }

    @Override
    public synchronized Optional<ChannelHealth> health() {
        ApplicationContext source = running != null ? running : inEnvironment() ? app : null;
        if (source == null || !source.containsBean(healthBean)) {
            return Optional.empty();
        }
        return Optional.of(source.getBean(healthBean, ChannelHealth.class));
    }

    private String name() {
        String lower = channel.name().toLowerCase(java.util.Locale.ROOT);
        return channel == Channel.WHATSAPP ? "WhatsApp"
                : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
