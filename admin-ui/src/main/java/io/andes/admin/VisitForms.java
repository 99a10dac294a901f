package io.andes.admin;

import java.io.Serializable;
import java.time.LocalDateTime;

/** What the console's visit and meeting forms hold between requests; dates are typed in the tenant's clock. */
public final class VisitForms {

    private VisitForms() {}

    /** Scheduling a visit: the remote checklist first, then when, who and where. */
    public static class Visit implements Serializable {
        private static final long serialVersionUID = 1L;
        private boolean equipmentOn;
        private boolean restarted;
        private String remoteResult;
        private LocalDateTime scheduledAt;
        private String technician;
        private String address;

        public boolean isEquipmentOn() {
            return equipmentOn;
        }

        public void setEquipmentOn(boolean equipmentOn) {
            this.equipmentOn = equipmentOn;
        }

        public boolean isRestarted() {
            return restarted;
        }

        public void setRestarted(boolean restarted) {
            this.restarted = restarted;
        }

        public String getRemoteResult() {
            return remoteResult;
        }

        public void setRemoteResult(String remoteResult) {
            this.remoteResult = remoteResult;
        }

        public LocalDateTime getScheduledAt() {
            return scheduledAt;
        }

        public void setScheduledAt(LocalDateTime scheduledAt) {
            this.scheduledAt = scheduledAt;
        }

        public String getTechnician() {
            return technician;
        }

        public void setTechnician(String technician) {
            this.technician = technician;
        }

        public String getAddress() {
            return address;
        }

        public void setAddress(String address) {
            this.address = address;
        }
    }

    /** Recording a visit's outcome: which folio, what happened, and whether it took place. */
    public static class Outcome implements Serializable {
        private static final long serialVersionUID = 1L;
        private String folio;
        private String text;
        private boolean done = true;

        public String getFolio() {
            return folio;
        }

        public void setFolio(String folio) {
            this.folio = folio;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public boolean isDone() {
            return done;
        }

        public void setDone(boolean done) {
            this.done = done;
        }
    }

    /** Arranging a meeting. */
    public static class Meeting implements Serializable {
        private static final long serialVersionUID = 1L;
        private LocalDateTime startsAt;
        private int durationMinutes = 30;
        private String link;
        private String topic;

        public LocalDateTime getStartsAt() {
            return startsAt;
        }

        public void setStartsAt(LocalDateTime startsAt) {
            this.startsAt = startsAt;
        }

        public int getDurationMinutes() {
            return durationMinutes;
        }

        public void setDurationMinutes(int durationMinutes) {
            this.durationMinutes = durationMinutes;
        }

        public String getLink() {
            return link;
        }

        public void setLink(String link) {
            this.link = link;
        }

        public String getTopic() {
            return topic;
        }

        public void setTopic(String topic) {
            this.topic = topic;
        }
    }
}
