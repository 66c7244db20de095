package org.answerdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.junit.jupiter.api.Test;
import org.springframework.web.multipart.MultipartException;

/** The statuses of multipart failures: what the parser refuses is the sender's (400), the rest this server's. */
class ApiExceptionHandlerTest {

    final ApiExceptionHandler handler = new ApiExceptionHandler();

    @Test
    void aPartTheParserRefusesIsA400WithAReadableReason() {
        var e = new MultipartException("Failed to parse multipart servlet request",
                new IllegalStateException(new InvalidFileNameException("pho\u0000to.png",
                        "Invalid file name: pho\u0000to.png")));

        var response = handler.other(e);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody().error()).isEqualTo("malformed multipart request: Invalid file name: pho?to.png");
    }

    @Test
    void aMultipartFailureOfThisServerStaysA500WithoutItsDetail() {
        var e = new MultipartException("Failed to parse multipart servlet request",
                new IOException("/var/tmp/tomcat-upload/upload_1.tmp (No space left on device)"));

        var response = handler.other(e);

        assertThat(response.getStatusCode().value()).isEqualTo(500);
        assertThat(response.getBody().error()).isEqualTo("internal error");
    }
}
