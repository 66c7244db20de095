/**
 * The owner's control of customers' data: export and erasure of one customer ({@code /api/customers/...}) and the
 * retention of conversations ({@code ANSWERDESK_RETENTION}), keeping the analytics' counts.
 */
@ApplicationModule(displayName = "Privacy", allowedDependencies = {"audit", "dialogue", "retrieval"})
package org.answerdesk.privacy;

import org.springframework.modulith.ApplicationModule;
