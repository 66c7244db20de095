package org.answerdesk.channel;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.answerdesk.conversation.Channel;
import org.springframework.beans.factory.config.EmbeddedValueResolver;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The web routes of channels started at run time (a webhook, a mail's feedback links): their controllers live in
 * the channel's child context, which the app's dispatcher does not see, so this mapping of the app's, always
 * present, hands a request to the controllers of the channels running now. Without one, nothing matches and the
 * request is a 404 as for a channel that is not configured. Ordered after the app's own controllers and before its
 * static files (whose {@code /**} would take every path).
 */
@Component
public class RunTimeRoutes implements HandlerMapping, Ordered {

    private final Map<Channel, RequestMappingHandlerMapping> routes = new ConcurrentHashMap<>();

    /** Serves the controllers of a channel's running context (replacing the ones it had). */
    public void register(Channel channel, ConfigurableApplicationContext context) {
        var mapping = new RequestMappingHandlerMapping();
        mapping.setEmbeddedValueResolver(new EmbeddedValueResolver(context.getBeanFactory()));
        mapping.setApplicationContext(context); // only this context's controllers, not its parent's
        mapping.afterPropertiesSet();
        if (mapping.getHandlerMethods().isEmpty()) {
            routes.remove(channel);
        } else {
            routes.put(channel, mapping);
        }
    }

    /** The channel's routes answer 404 again. */
    public void unregister(Channel channel) {
        routes.remove(channel);
    }

    @Override
    public HandlerExecutionChain getHandler(HttpServletRequest request) throws Exception {
        for (RequestMappingHandlerMapping mapping : routes.values()) {
            HandlerExecutionChain chain = mapping.getHandler(request);
            if (chain != null) {
                return chain;
            }
        }
        return null;
    }

    @Override
    public boolean usesPathPatterns() {
        return true;
    }

    @Override
    public int getOrder() {
        return 1;
    }
}
