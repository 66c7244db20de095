package org.answerdesk.channel;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.DeliveryException;

/**
 * A bean of the app that stands in for a channel's bean while the channel is one connected from the admin page: the
 * app's users of a role (files fetched, files delivered, desk posts, alert mails) find their beans at start, before
 * such a channel runs, so the stand-in hands each call to the bean of the running channel's context. While none runs,
 * a call fails as the role's contract says a passing failure does (a retryable {@link DeliveryException}, an
 * {@link IOException}, else an {@link IllegalStateException}), {@code channel()} still names the channel, and
 * {@code enabled()} is false.
 */
public final class StandIn {

    private StandIn() {
    }

    /**
     * A stand-in in {@code role} for {@code channel}'s bean that {@code running} finds while the channel runs (for
     * a channel started from the admin page, {@link RunTimeChannel#running}).
     */
    public static <T> T of(Class<T> role, Channel channel, Supplier<? extends Optional<? extends T>> running) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "StandIn[" + role.getSimpleName() + " of " + channel + "]";
                };
            }
            if (method.getName().equals("channel") && method.getReturnType() == Channel.class) {
                return channel;
            }
            Optional<? extends T> target = running.get();
            if (method.getName().equals("enabled") && method.getReturnType() == boolean.class) {
                return target.isPresent() && (Boolean) call(target.get(), method, args);
            }
            if (target.isPresent()) {
                return call(target.get(), method, args);
            }
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            throw notConnected(method, channel);
        };
        return role.cast(Proxy.newProxyInstance(role.getClassLoader(), new Class<?>[] {role}, handler));
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Exception notConnected(Method method, Channel channel) {
        String reason = channel.name().toLowerCase(java.util.Locale.ROOT) + " is not connected";
        var thrown = Arrays.asList(method.getExceptionTypes());
        if (thrown.contains(DeliveryException.class)) {
            return DeliveryException.retryable(reason, null);
        }
        return thrown.contains(IOException.class) ? new IOException(reason) : new IllegalStateException(reason);
    }
}
