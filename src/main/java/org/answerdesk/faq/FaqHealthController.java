package org.answerdesk.faq;

import java.io.IOException;
import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The FAQ's cross-validated health and previews of changes; under the admin token like the rest of
 * {@code /api/faq}. A preview changes nothing: the admin page shows it and asks before applying the change.
 */
@RestController
class FaqHealthController {

    private final FaqHealthService health;
    private final FaqCandidateService candidates;
    private final EntryLanguages languages;

    FaqHealthController(FaqHealthService health, FaqCandidateService candidates, EntryLanguages languages) {
        this.languages = languages;
        this.health = health;
        this.candidates = candidates;
    }

    @GetMapping("/api/faq/health")
    FaqHealth health(@RequestParam(defaultValue = "0.9") double precision) {
        return health.health(precision(precision));
    }

    /** What importing this CSV or Markdown body would do to the FAQ's health. */
    @PostMapping(path = "/api/faq/import/preview", consumes = {"text/csv", "text/markdown", "text/plain"})
    FaqHealthService.Preview previewImport(@RequestBody String body, @RequestHeader("Content-Type") String contentType,
                                           @RequestParam(defaultValue = "0.9") double precision,
                                           @RequestParam(required = false) String language) throws IOException {
        List<FaqDraft> drafts = FaqImporter.upload(body, contentType, languages.forImport(language));
        return health.previewAdding(drafts, precision(precision));
    }

    /** What approving this candidate group (with the same optional edits as the approval) would do. */
    @PostMapping("/api/faq/candidates/{id}/approve/preview")
    FaqHealthService.Preview previewApproval(@PathVariable long id,
                                             @RequestBody(required = false) FaqCandidateController.Approval edits,
                                             @RequestParam(defaultValue = "0.9") double precision) {
        FaqDraft draft = candidates.draft(id, edits == null ? null : edits.question(), edits == null ? null : edits.answer())
                .orElseThrow(() -> new NoSuchElementException("no pending FAQ candidate " + id));
        return health.previewAdding(List.of(draft), precision(precision));
    }

    private static double precision(double p) {
        if (!(p > 0 && p <= 1)) {
            throw new IllegalArgumentException("precision must be above 0 and at most 1, got " + p);
        }
        return p;
    }
}
