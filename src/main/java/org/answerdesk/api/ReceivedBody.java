package org.answerdesk.api;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import org.apache.catalina.core.ApplicationPart;
import org.apache.tomcat.util.http.fileupload.FileItem;
import org.apache.tomcat.util.http.fileupload.FileUpload;
import org.apache.tomcat.util.http.fileupload.FileUploadException;
import org.apache.tomcat.util.http.fileupload.disk.DiskFileItemFactory;
import org.apache.tomcat.util.http.fileupload.servlet.ServletRequestContext;
import org.springframework.http.MediaType;

/**
 * The request with its body already received whole ({@link BodyBuffer}): the application reads it from there, its
 * form parameters and multipart parts included (Tomcat would read those from the connection itself, past every
 * limit). It is handed on as the request's first dispatch: the filters after the body filter (security, sessions,
 * CORS) and the handler see a request like any other.
 */
final class ReceivedBody extends HttpServletRequestWrapper {

    /** Parts at most, as Tomcat's own {@code maxPartCount}: a file with its caption and keys needs a few. */
    static final int MAX_PARTS = 10;
    static final int MAX_PART_HEADER = 512;

    private final BodyBuffer body;
    private final File partDirectory;
    private volatile boolean dispatching = true;
    private ServletInputStream stream;
    private BufferedReader reader;
    private Map<String, String[]> form;
    private List<Part> parts;

    ReceivedBody(HttpServletRequest request, BodyBuffer body, File partDirectory) {
        super(request);
        this.body = body;
        this.partDirectory = partDirectory;
    }

    /** The request's first pass through the application: the filters after ours treat it as such. */
    @Override
    public DispatcherType getDispatcherType() {
        return dispatching ? DispatcherType.REQUEST : super.getDispatcherType();
    }

    /** The first pass is over: a later async dispatch of the handler's own is one again. */
    void dispatched() {
        dispatching = false;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (stream == null) {
            stream = new BodyStream(body.read());
        }
        return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
        if (reader == null) {
            reader = new BufferedReader(new InputStreamReader(getInputStream(), charset()));
        }
        return reader;
    }

    private Charset charset() {
        String encoding = getCharacterEncoding();
        return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
    }

    @Override
    public String getParameter(String name) {
        String[] values = getParameterMap().get(name);
        return values == null ? null : values[0];
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(getParameterMap().keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        return getParameterMap().get(name);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        if (form == null && hasType(MediaType.MULTIPART_FORM_DATA_VALUE)) {
            form = multipartFields();
        }
        if (!hasType(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
            return form != null ? form : super.getParameterMap(); // the query string
        }
        if (form == null) {
            String text;
            try (InputStream in = body.read()) {
                text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            } catch (IOException e) {
                throw new IllegalArgumentException("the form body could not be read", e);
            }
            Map<String, String[]> merged = new LinkedHashMap<>(super.getParameterMap());
            for (String pair : text.split("&")) {
                if (!pair.isEmpty()) {
                    int eq = pair.indexOf('=');
                    String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                    String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                    merged.merge(name, new String[] {value}, ReceivedBody::concat);
                }
            }
            form = Collections.unmodifiableMap(merged);
        }
        return form;
    }

    /** As Tomcat gives them: the query string's parameters, then the parts that are no file. */
    private Map<String, String[]> multipartFields() {
        Map<String, String[]> merged = new LinkedHashMap<>(super.getParameterMap());
        try {
            for (Part part : getParts()) {
                if (part.getSubmittedFileName() == null) {
                    String value = ((ApplicationPart) part).getString(charset().name());
                    merged.merge(part.getName(), new String[] {value}, ReceivedBody::concat);
                }
            }
        } catch (IOException | ServletException e) {
            throw new IllegalArgumentException("the multipart body could not be read: " + e.getMessage(), e);
        }
        return Collections.unmodifiableMap(merged);
    }

    @Override
    public Collection<Part> getParts() throws IOException, ServletException {
        if (!hasType(MediaType.MULTIPART_FORM_DATA_VALUE)) {
            throw new ServletException("the request is not multipart/form-data");
        }
        if (parts == null) {
            var upload = new FileUpload();
            upload.setFileItemFactory(new DiskFileItemFactory(64 * 1024, partDirectory));
            upload.setFileCountMax(MAX_PARTS);
            upload.setPartHeaderSizeMax(MAX_PART_HEADER);
            upload.setHeaderEncoding(charset().name());
            List<Part> parsed = new ArrayList<>();
            try {
                for (FileItem item : upload.parseRequest(new ServletRequestContext(this))) {
                    parsed.add(new ApplicationPart(item, partDirectory));
                }
            } catch (FileUploadException e) {
                throw new IllegalArgumentException("the multipart body could not be read: " + e.getMessage(), e);
            }
            parts = parsed;
        }
        return parts;
    }

    @Override
    public Part getPart(String name) throws IOException, ServletException {
        return getParts().stream().filter(part -> part.getName().equals(name)).findFirst().orElse(null);
    }

    /** Deletes the parts' temporary files (the body's own are the filter's). */
    void deleteParts() {
        if (parts != null) {
            for (Part part : parts) {
                try {
                    part.delete();
                } catch (IOException e) {
                    // left in the temporary directory, removed with it
                }
            }
        }
    }

    private boolean hasType(String type) {
        String declared = getContentType();
        return declared != null && declared.regionMatches(true, 0, type, 0, type.length());
    }

    private String decode(String text) {
        // the body was read as ISO-8859-1 (one char a byte): back to bytes, then percent-decoded in the charset
        Charset charset = charset();
        return URLDecoder.decode(new String(text.getBytes(StandardCharsets.ISO_8859_1), charset), charset);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
