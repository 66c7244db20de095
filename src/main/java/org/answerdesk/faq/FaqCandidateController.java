package org.answerdesk.faq;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.answerdesk.retrieval.FaqEntry;
import org.answerdesk.richtext.StaffText;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** FAQ candidates learnt from agents' answers; under the admin token like the rest of {@code /api/faq}. */
@RestController
@RequestMapping("/api/faq/candidates")
class FaqCandidateController {

    record Approval(String question, String answer) {
    }

    private final FaqCandidateService candidates;

    FaqCandidateController(FaqCandidateService candidates) {
        this.candidates = candidates;
    }

    @GetMapping
    List<FaqCandidate> pending() {
        return candidates.pending().stream().map(c -> new FaqCandidate(c.id(),
                c.questions().stream().map(StaffText::visible).toList(), c.answer(), c.agent(), c.size(), c.pinned(),
                c.origin(), c.phrasings(), c.sourceUrl()))
                .toList();
    }

    @PostMapping("/{id}/approve")
    FaqEntry approve(@PathVariable long id, @RequestBody(required = false) Approval edits) {
        return candidates.approve(id, edits == null ? null : edits.question(), edits == null ? null : edits.answer());
    }

    @PostMapping("/{id}/reject")
    Map<String, Object> reject(@PathVariable long id) {
        if (!candidates.reject(id)) {
            throw new NoSuchElementException("no pending FAQ candidate " + id);
        }
        return Map.of("id", id, "rejected", true);
    }
}
