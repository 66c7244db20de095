/**
 * The shop's look: its name, colour and logo, from {@code ANSWERDESK_BRAND_*} or set on the admin page (stored in
 * PostgreSQL; a part the environment sets wins and is read-only there). Read by the chat page, the widget, the emails and the bot's own name.
 */
@ApplicationModule(displayName = "Brand", allowedDependencies = {})
package org.answerdesk.brand;

import org.springframework.modulith.ApplicationModule;
