package io.andes.portal;

import io.andes.core.security.CurrentUser;
import io.andes.core.security.Roles;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The pages only the company's administrators may open answer 403 to anyone else, whatever link brought them. */
final class AdministratorsOnly {

    private AdministratorsOnly() {}

    static void require(CurrentUser user) throws IOException {
        if (!user.hasRole(Roles.TENANT_ADMIN)) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }
}
