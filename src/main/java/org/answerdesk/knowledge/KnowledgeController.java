package org.answerdesk.knowledge;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * Knowledge sources over HTTP (admin token, like {@code /api/faq}): a website by {@code {"url": ...}} or a file as
 * multipart {@code file} (with an optional {@code url} where it is published). Sources are read in the
 * background: a new source or a sync answers 202 and the source's {@code status} tells how it went.
 */
@RestController
@RequestMapping("/api/knowledge/sources")
class KnowledgeController {

    private final KnowledgeRepository repository;
    private final KnowledgeSync sync;
    private final KnowledgeProperties properties;
    private final SourceDrafts drafts;

    KnowledgeController(KnowledgeRepository repository, KnowledgeSync sync, KnowledgeProperties properties,
                        SourceDrafts drafts) {
        this.drafts = drafts;
        this.repository = repository;
        this.sync = sync;
        this.properties = properties;
    }

    @GetMapping
    List<KnowledgeSource> list() {
        return repository.list();
    }

    @GetMapping("/{id}")
    KnowledgeSource get(@PathVariable long id) {
        return repository.find(id).orElseThrow(() -> notFound(id));
    }

    @PostMapping(consumes = "application/json")
    ResponseEntity<KnowledgeSource> addSite(@RequestBody Map<String, Object> body) {
        Object url = body == null ? null : body.get("url");
        if (!(url instanceof String text) || text.isBlank()) {
            throw new IllegalArgumentException("a website needs {\"url\": \"https://...\"}");
        }
        URI uri = checked(text.strip());
        return accepted(repository.addSite(uri.toString()));
    }

    @PostMapping(consumes = "multipart/form-data")
    ResponseEntity<KnowledgeSource> addFile(@RequestParam("file") MultipartFile file,
                                            @RequestParam(name = "url", required = false) String url)
            throws IOException {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload"
                : file.getOriginalFilename().replaceAll("[\\\\/\\p{Cntrl}]", "_"); // no NUL: PostgreSQL cannot store it
        if (file.isEmpty()) {
            throw new IllegalArgumentException("the file " + name + " is empty");
        }
        if (file.getSize() > properties.maxFileBytes()) {
            throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, "the file " + name + " is larger than "
                    + properties.maxFileBytes() + " bytes (ANSWERDESK_KNOWLEDGE_MAX_FILE_BYTES)");
        }
        if (Documents.kind(file.getContentType(), name).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, name + " ("
                    + file.getContentType() + ") is not Markdown, HTML, PDF or plain text");
        }
        String published = url == null || url.isBlank() ? null : checked(url.strip()).toString();
        return accepted(repository.addFile(name, file.getContentType(), file.getBytes(), published));
    }

    @PostMapping("/{id}/sync")
    ResponseEntity<KnowledgeSource> syncNow(@PathVariable long id) {
        if (!repository.requestSync(id)) {
            throw notFound(id);
        }
        sync.kick();
        return ResponseEntity.accepted().body(get(id));
    }

    /**
     * Asks the LLM for draft FAQ entries from the source's passages; they arrive as FAQ candidates and the
     * source's {@code drafts_status} tells how it went. 409 without an LLM, without passages, or while drafts
     * are being written.
     */
    @PostMapping("/{id}/drafts")
    ResponseEntity<KnowledgeSource> draft(@PathVariable long id) {
        drafts.start(get(id));
        return ResponseEntity.accepted().body(get(id));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        if (!repository.delete(id)) {
            throw notFound(id);
        }
        return ResponseEntity.noContent().build();
    }

    private ResponseEntity<KnowledgeSource> accepted(long id) {
        sync.kick();
        return ResponseEntity.accepted().location(URI.create("/api/knowledge/sources/" + id)).body(get(id));
    }

    /** An absolute http or https URL with a host; addresses are checked when it is read (they may change). */
    private static URI checked(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("only http and https URLs with a host can be read, not " + url);
        }
        return uri;
    }

    private static ResponseStatusException notFound(long id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no knowledge source " + id);
    }
}
