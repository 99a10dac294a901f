package io.andes.admin;

import io.andes.billing.advisor.api.AdvisorViews;
import io.andes.billing.advisor.application.AdvisorAssignments;
import io.andes.billing.advisor.domain.AdvisorCard;
import io.andes.core.interfaces.rest.TenantsResource;
import io.andes.core.problem.ProblemException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * "Asesores" (platform admins): the advisors' profiles as tenants see them (create or edit), and which advisor has
 * which tenant (assign or reassign, audited in the tenant's log).
 */
@Named("advisorProfilesView")
@ViewScoped
public class AdvisorProfilesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AdvisorAssignments assignments;

    @Inject
    VendorTime time;

    @Inject
    ConsoleMessages messages;

    private String username;
    private String name;
    private String email;
    private String phone;
    private String hours;
    private String assignTenant;
    private String assignAdvisor;

    public List<AdvisorViews.Advisor> getProfiles() {
        return assignments.profiles();
    }

    public List<AdvisorViews.Assignment> getAssignments() {
        return assignments.assignments();
    }

    /** Fills the form with an advisor's profile to edit it. */
    public void edit(AdvisorViews.Advisor advisor) {
        username = advisor.username();
        name = advisor.name();
        email = advisor.email();
        phone = advisor.phone();
        hours = advisor.hours();
    }

    public void save() {
        try {
            assignments.saveProfile(username.strip(), new AdvisorCard(name.strip(), email.strip(), phone, hours));
            messages.info("advisors.saved", username);
            username = name = email = phone = hours = null;
        } catch (ProblemException problem) {
            refused(problem);
        }
    }

    public void assign() {
        try {
            AdvisorViews.Assignment done = assignments.assign(
                    TenantsResource.id(assignTenant == null ? "" : assignTenant.strip()), assignAdvisor);
            messages.info("advisor.assigned", done.tenant(), done.advisorName());
            assignTenant = null;
        } catch (ProblemException problem) {
            refused(problem);
        }
    }

    private void refused(ProblemException problem) {
        messages.problem(problem);
        FacesContext.getCurrentInstance().validationFailed();
    }

    public String dateTime(Instant instant) {
        return time.dateTime(instant);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getHours() {
        return hours;
    }

    public void setHours(String hours) {
        this.hours = hours;
    }

    public String getAssignTenant() {
        return assignTenant;
    }

    public void setAssignTenant(String assignTenant) {
        this.assignTenant = assignTenant;
    }

    public String getAssignAdvisor() {
        return assignAdvisor;
    }

    public void setAssignAdvisor(String assignAdvisor) {
        this.assignAdvisor = assignAdvisor;
    }
}
