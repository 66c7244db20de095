package org.answerdesk.knowledge;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Passages held for review over HTTP (admin token, like the sources): the list, and the owner's approval (the bot
 * answers from the passage) or rejection (it never does). Either can be changed later.
 */
@RestController
@RequestMapping("/api/knowledge/held")
class HeldController {

    private final HeldPassages held;

    HeldController(HeldPassages held) {
        this.held = held;
    }

    @GetMapping
    List<HeldPassages.Held> list() {
        return held.list();
    }

    @PostMapping("/{id}/approve")
    HeldPassages.Held approve(@PathVariable long id) {
        return held.decide(id, "APPROVED").orElseThrow(() -> notFound(id));
    }

    @PostMapping("/{id}/reject")
    HeldPassages.Held reject(@PathVariable long id) {
        return held.decide(id, "REJECTED").orElseThrow(() -> notFound(id));
    }

    private static ResponseStatusException notFound(long id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no held passage " + id);
    }
}
