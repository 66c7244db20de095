/**
 * Learning from the customers' picks among the bot's choices: the evidence, the safeguard that turns agreeing picks
 * into learned phrasings of the FAQ, and the owner's review and undo on the admin page.
 */
@ApplicationModule(displayName = "Learning from picks",
        allowedDependencies = {"conversation", "dialogue", "faq", "feedback", "redaction", "retrieval", "richtext"})
package org.answerdesk.learning;

import org.springframework.modulith.ApplicationModule;
