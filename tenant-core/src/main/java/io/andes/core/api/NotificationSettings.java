package io.andes.core.api;

/** The bound tenant's choices about how its people are notified. */
public interface NotificationSettings {

    /** Whether ticket notices also go by SMS to the ticket's contact phone (off by default). */
    boolean smsEnabled();

    /** Turns SMS notices on or off; answers the new value. */
    boolean enableSms(boolean enabled);
}
