package org.answerdesk.faq;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import org.answerdesk.language.Texts;
import org.answerdesk.retrieval.FaqEntry;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** FAQ administration over HTTP; every route needs the admin token (see {@code AdminTokenInterceptor}). */
@RestController
@RequestMapping("/api/faq")
class FaqController {

    private final FaqService faq;
    private final EntryLanguages languages;
    private final Texts texts;

    FaqController(FaqService faq, EntryLanguages languages, Texts texts) {
        this.faq = faq;
        this.languages = languages;
        this.texts = texts;
    }

    @GetMapping
    List<FaqEntry> list() {
        return faq.list();
    }

    @GetMapping("/{id}")
    FaqEntry get(@PathVariable long id) {
        return faq.find(id).orElseThrow(() -> notFound(id));
    }

    /**
     * Stores the entry and answers at once (201); the index is rebuilt in the background, and the entry is answered
     * once {@code GET /api/faq/index} shows an {@code indexed_version} of at least the {@value #VERSION_HEADER}
     * header's.
     */
    @PostMapping(consumes = "application/json")
    ResponseEntity<FaqEntry> create(@RequestBody FaqDraft draft) {
        FaqService.Added added = faq.add(languages.checked(draft));
        return ResponseEntity.created(URI.create("/api/faq/" + added.entry().id()))
                .header(VERSION_HEADER, Long.toString(added.version())).body(added.entry());
    }

    static final String VERSION_HEADER = "X-Faq-Version";

    /** Whether this instance's index has the latest change: the shared version, the index's, its rebuilds. */
    @GetMapping("/index")
    FaqService.IndexState index() {
        return faq.indexState();
    }

    @PutMapping("/{id}")
    FaqEntry update(@PathVariable long id, @RequestBody FaqDraft draft) {
        return faq.update(id, languages.checked(draft)).orElseThrow(() -> notFound(id));
    }

    /**
     * The FAQ as a CSV import file, each entry's language in its {@code language} column (empty: the shop's default);
     * importing it again changes nothing.
     */
    @GetMapping(path = "/export", produces = "text/csv;charset=UTF-8")
    String export() {
        return FaqExport.csv(faq.list());
    }

    /**
     * The languages an entry may carry, for the admin page's form (which shows the field only for a shop of several),
     * with the form's words in the owner's language ({@code lang}, else the shop's default).
     */
    @GetMapping("/languages")
    EntryLanguages.Form languages(@RequestParam(name = "lang", required = false) String lang) {
        return languages.form(languages.owner(lang), texts);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        if (!faq.delete(id)) {
            throw notFound(id);
        }
        return ResponseEntity.noContent().build();
    }

    /** The owner's questions the shop does not answer ("not ours"), oldest first. */
    @GetMapping("/not-ours")
    List<NotOurs.Question> notOurs() {
        return faq.notOurs();
    }

    /**
     * Adds a "not ours" question ({@code {"question": "..."}}); the same question twice is stored once. A question
     * the bot answers confidently with an entry today is refused (409, naming the entry) unless {@code force=true}:
     * it would silently take that entry's answer away.
     */
    @PostMapping(path = "/not-ours", consumes = "application/json")
    ResponseEntity<NotOurs.Question> addNotOurs(@RequestBody Map<String, String> body,
                                                @RequestParam(defaultValue = "false") boolean force) {
        if (!force) {
            faq.answeredToday(body.get("question")).ifPresent(entry -> {
                throw new ResponseStatusException(HttpStatus.CONFLICT, "the bot answers this question with the entry "
                        + entry.entryId() + " (\"" + entry.question() + "\"): as a 'not ours' question it would no "
                        + "longer be answered; change that entry, or add it with ?force=true");
            });
        }
        NotOurs.Question added = faq.addNotOurs(body.get("question"));
        return ResponseEntity.created(URI.create("/api/faq/not-ours/" + added.id())).body(added);
    }

    @DeleteMapping("/not-ours/{id}")
    ResponseEntity<Void> deleteNotOurs(@PathVariable long id) {
        if (!faq.deleteNotOurs(id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no 'not ours' question " + id);
        }
        return ResponseEntity.noContent().build();
    }

    /**
     * Imports a CSV ({@code text/csv}) or Markdown ({@code text/markdown}) body; all rows or none, and the same file
     * twice changes nothing ({@code imported} counts the entries added or updated). {@code mode=replace} also removes
     * the entries the file does not have ({@link FaqService#replaceAll}); {@code mode=merge}, the default, keeps them.
     * {@code language} is the language of the rows that name none (a {@code language} column or {@code Language:}
     * line); a language the shop does not serve is a 400 naming the row.
     */
    @PostMapping(path = "/import", consumes = {"text/csv", "text/markdown", "text/plain"})
    Map<String, Integer> importFile(@RequestBody String body, @RequestHeader("Content-Type") String contentType,
                                    @RequestParam(name = "mode", defaultValue = "merge") String mode,
                                    @RequestParam(name = "language", required = false) String language)
            throws IOException {
        boolean replace = switch (mode) {
            case "merge" -> false;
            case "replace" -> true;
            default -> throw new IllegalArgumentException("mode must be merge or replace");
        };
        List<FaqDraft> drafts = FaqImporter.upload(body, contentType, languages.forImport(language));
        FaqService.Imported done = replace ? faq.replaceAll(drafts) : faq.importAll(drafts);
        return Map.of("imported", done.added() + done.updated(), "added", done.added(), "updated", done.updated(),
                "unchanged", done.unchanged(), "removed", done.removed());
    }

    /**
     * Removes every FAQ entry (the sample FAQ in one step); {@code all=true} is required, so a stray DELETE on the
     * collection removes nothing.
     */
    @DeleteMapping
    Map<String, Integer> deleteAll(@RequestParam(name = "all", defaultValue = "false") boolean all) {
        if (!all) {
            throw new IllegalArgumentException("DELETE /api/faq removes every entry: add ?all=true to confirm");
        }
        return Map.of("deleted", faq.deleteAll());
    }

    private static ResponseStatusException notFound(long id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no FAQ entry " + id);
    }
}
