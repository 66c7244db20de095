package org.answerdesk.transcription;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One OpenAI-compatible speech-to-text call: {@code POST {base}/audio/transcriptions}, multipart with the audio as
 * {@code file}, the {@code model}, the language hint where known and {@code response_format=json}; the answer's
 * {@code text} is the transcript. The whole call (upload, the server's work, its answer) is bounded by one time-out.
 */
final class TranscriptionServer {

    /** The server answered with something other than a transcript: a refusal (4xx/5xx) or a body without text. */
    static final class Refused extends IOException {

        final String reason;
        /** Whether waiting may cure it: the server failed (5xx) or asked to slow down (429). */
        final boolean curable;

        Refused(String reason, String detail) {
            this(reason, detail, false);
        }

        Refused(String reason, String detail, boolean curable) {
            super(detail);
            this.reason = reason;
            this.curable = curable;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_ERROR_CHARS = 200;

    private final OkHttpClient http;
    private final HttpUrl url;
    private final TranscriptionProperties properties;

    TranscriptionServer(TranscriptionProperties properties) {
        this.properties = properties;
        String base = properties.baseUrl().strip().replaceAll("/+$", "");
        this.url = HttpUrl.get(base + "/audio/transcriptions");
        this.http = new OkHttpClient.Builder().callTimeout(properties.timeout()).connectTimeout(properties.timeout())
            .readTimeout(properties.timeout()).writeTimeout(properties.timeout()).followRedirects(false).build();
    }

    /** The transcript, or {@link Refused} (an answer without one), or another {@link IOException} (down, slow). */
    String transcribe(byte[] audio, String mediaType, String fileName, Optional<Locale> language) throws IOException {
        var form = new MultipartBody.Builder().setType(MultipartBody.FORM)
            .addFormDataPart("file", fileName, RequestBody.create(audio, MediaType.get(mediaType)))
            .addFormDataPart("model", properties.model())
            .addFormDataPart("response_format", "json");
        language.map(Locale::getLanguage).filter(l -> !l.isBlank()).ifPresent(l -> form.addFormDataPart("language", l));
        var request = new Request.Builder().url(url).post(form.build());
        if (properties.apiKey() != null && !properties.apiKey().isBlank()) {
            request.header("Authorization", "Bearer " + properties.apiKey().strip());
        }
        try (Response response = http.newCall(request.build()).execute()) {
            String body = response.body() == null ? "" : response.body().string();
            if (!response.isSuccessful()) {
                // the server's own words on why, cut short: a refusal never echoes the audio or a transcript
                throw new Refused("status_" + response.code(), "HTTP " + response.code() + ": "
                        + body.substring(0, Math.min(body.length(), MAX_ERROR_CHARS)),
                        response.code() >= 500 || response.code() == 429);
            }
            JsonNode text = parse(body).path("text");
            if (!text.isString() || text.asString().isBlank()) {
                throw new Refused("empty", "an answer without text");
            }
            return text.asString();
        }
    }

    private static JsonNode parse(String body) throws Refused {
        try {
            return JSON.readTree(body);
        } catch (RuntimeException e) {
            throw new Refused("not_json", "an answer that is not JSON");
        }
    }
}
