package org.answerdesk.learning;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.answerdesk.richtext.StaffText;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What the bot learned from customers' picks, under the admin token like the rest of {@code /api/faq}. */
@RestController
@RequestMapping("/api/faq/learned")
class LearnedController {

    private static final Set<String> STATUSES = Set.of("LEARNED", "REVIEW", "UNDONE", "REJECTED", "NEGATIVE");

    private final LearnedPairs pairs;

    LearnedController(LearnedPairs pairs) {
        this.pairs = pairs;
    }

    /** Learned phrasings (default), or the pairs waiting for review ({@code ?status=REVIEW}), newest first. */
    @GetMapping
    List<LearnedPairs.Pair> list(@RequestParam(defaultValue = "LEARNED") String status) {
        String wanted = status.toUpperCase(java.util.Locale.ROOT);
        if (!STATUSES.contains(wanted)) {
            throw new IllegalArgumentException("status must be one of " + STATUSES);
        }
        // a customer's words, shown to staff
        return pairs.list(wanted).stream().map(p -> new LearnedPairs.Pair(p.id(), p.entryId(),
                p.entryQuestion(), StaffText.visible(p.phrasing()), p.status(), p.conversations(), p.at())).toList();
    }

    @PostMapping("/{id}/undo")
    Map<String, Object> undo(@PathVariable long id) {
        pairs.undo(id);
        return Map.of("id", id, "status", "UNDONE");
    }

    @PostMapping("/{id}/approve")
    Map<String, Object> approve(@PathVariable long id) {
        pairs.approve(id);
        return Map.of("id", id, "status", "LEARNED");
    }

    @PostMapping("/{id}/reject")
    Map<String, Object> reject(@PathVariable long id) {
        pairs.reject(id);
        return Map.of("id", id, "status", "REJECTED");
    }
}
