package org.answerdesk.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/** Writes an {@link ApiError} body from a servlet filter, where no message converter runs. */
final class ErrorResponses {

    private ErrorResponses() {
    }

    /** @param reason a fixed text of ours: it is not JSON-escaped */
    static void write(HttpServletResponse response, int status, String reason) throws IOException {
        byte[] body = ("{\"status\":" + status + ",\"error\":\"" + reason + "\"}").getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
