package io.andes.billing.advisor.domain;

import io.andes.core.domain.user.EmailAddress;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An advisor as the tenants see them ("Mi asesor comercial"): the staff user's sign-in name, and the name, e-mail,
 * phone and office hours shown to the tenants assigned to them. A platform-wide row: advisors belong to the vendor.
 */
@Entity
@Table(name = "advisor_profile")
public class AdvisorProfile {

    @Id
    @Column(name = "username", length = 200)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "email", nullable = false)
    private String email;

    @Column(name = "phone")
    private String phone;

    @Column(name = "hours")
    private String hours;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected AdvisorProfile() {}

    public AdvisorProfile(String username, AdvisorCard card, Instant at) {
        this.username = CommercialText.required("username", username, CommercialText.SHORT_MAX);
        change(card, at);
    }

    public void change(AdvisorCard card, Instant at) {
        this.displayName = CommercialText.required("name", card.name(), CommercialText.SHORT_MAX);
        this.email = new EmailAddress(CommercialText.required("email", card.email(), CommercialText.SHORT_MAX)).value();
        this.phone = CommercialText.optional("phone", card.phone(), 40);
        this.hours = CommercialText.optional("hours", card.hours(), CommercialText.SHORT_MAX);
        this.updatedAt = at;
    }

    public String username() {
        return username;
    }

    public AdvisorCard card() {
        return new AdvisorCard(displayName, email, phone, hours);
    }
}
