package io.andes.portal;

import io.andes.core.web.LanguageSelection;
import io.andes.core.web.PageMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The portal's messages, in the session's language. */
@ApplicationScoped
public class PortalMessages extends PageMessages {

    static final String BUNDLE = "io.andes.portal.messages";

    @Inject
    LanguageSelection language;

    public PortalMessages() {
        super(BUNDLE);
    }

    @Override
    protected LanguageSelection language() {
        return language;
    }
}
