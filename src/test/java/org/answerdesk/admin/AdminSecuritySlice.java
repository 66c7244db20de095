package org.answerdesk.admin;

import org.springframework.context.annotation.Import;

/**
 * The app's own security filter chain for a {@code @WebMvcTest} slice ({@code @Import(AdminSecuritySlice.class)}):
 * a slice does not scan {@link SecurityConfiguration}, which is package-private, so slices elsewhere import it
 * through this class. Admin routes then need {@code HttpApi.ADMIN}, the token of the test configuration. Not a
 * {@code @Configuration}, so whole-app tests, which scan the test classes too, do not pick it up.
 */
@Import(SecurityConfiguration.class)
public class AdminSecuritySlice {
}
