package org.wirewise.model.tls;

/** A failure that ends a connection with the alert RFC 8446 §6.2 names for it. */
public final class TlsAlertException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final AlertDescription alert;

    public TlsAlertException(AlertDescription alert, String why) {
        super(alert.rfcName() + ": " + why);
        this.alert = alert;
    }

    public AlertDescription alert() {
        return alert;
    }
}
