package org.answerdesk.api;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One request body arriving: read with the Servlet API's non-blocking reads, so Tomcat calls back as bytes come
 * and no request thread waits in between. Once the body is whole the request is dispatched again, now with the
 * body at hand; over the size limit it gets 413, still arriving at the deadline 408 (Tomcat's async timeout), and
 * a client gone mid-body is simply forgotten.
 */
final class BodyReception implements ReadListener, AsyncListener {

    private static final Logger log = LoggerFactory.getLogger(BodyReception.class);

    private final AsyncContext async;
    private final ServletInputStream in;
    private final BodyBuffer body;
    private final long limit;
    private final Duration deadline;
    private final AtomicBoolean over = new AtomicBoolean();
    private final byte[] chunk = new byte[8192];

    private BodyReception(AsyncContext async, ServletInputStream in, BodyBuffer body, long limit, Duration deadline) {
        this.async = async;
        this.in = in;
        this.body = body;
        this.limit = limit;
        this.deadline = deadline;
    }

    static void start(HttpServletRequest request, BodyBuffer body, long limit, Duration deadline) throws IOException {
        AsyncContext async = request.startAsync();
        async.setTimeout(Math.max(1, deadline.toMillis()));
        var reception = new BodyReception(async, request.getInputStream(), body, limit, deadline);
        async.addListener(reception);
        reception.in.setReadListener(reception);
    }

    @Override
    public void onDataAvailable() throws IOException {
        while (!over.get() && in.isReady()) {
            int n = in.read(chunk);
            if (n < 0) {
                return; // onAllDataRead follows
            }
            if (body.size() + n > limit) {
                refuse(BodyRefusedException.tooLarge(limit));
                return;
            }
            body.write(chunk, 0, n);
        }
    }

    @Override
    public void onAllDataRead() {
        if (over.compareAndSet(false, true)) {
            async.getRequest().setAttribute(BodyLimitFilter.RECEIVED, body);
            async.dispatch();
        }
    }

    @Override
    public void onError(Throwable t) {
        // the client went away mid-body (or the connection failed): nobody is left to answer
        if (over.compareAndSet(false, true)) {
            log.debug("A request body was not received whole: {}", t.toString());
            body.close();
            async.complete();
        }
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        refuse(BodyRefusedException.tooSlow(deadline));
    }

    @Override
    public void onError(AsyncEvent event) {
        onError(event.getThrowable());
    }

    @Override
    public void onComplete(AsyncEvent event) {
        body.close(); // a no-op once the dispatch has closed it
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // a handler's own async work after the dispatch: nothing of ours
    }

    private void refuse(BodyRefusedException why) {
        if (!over.compareAndSet(false, true)) {
            return;
        }
        body.close();
        var response = (HttpServletResponse) async.getResponse();
        try {
            if (!response.isCommitted()) {
                response.setHeader("Connection", "close"); // the rest of the body is not read
                ErrorResponses.write(response, why.status(), why.getMessage());
            }
        } catch (IOException e) {
            log.debug("The refusal of a request body was not delivered: {}", e.toString());
        } finally {
            async.complete();
        }
    }
}
