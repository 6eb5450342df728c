package org.wirewise.model.tls;

/**
 * What a client keeps from a NewSessionTicket to resume later (RFC 8446 §4.6.1): the opaque
 * ticket it sends back as its PSK identity, the age_add that hides the ticket's age, the most
 * early data the server will take (0: no 0-RTT), and the PSK it derived from the resumption
 * master secret and the ticket's nonce.
 */
public record ResumptionTicket(byte[] identity, long ageAdd, long lifetime, long maxEarlyData, byte[] psk) {

    public ResumptionTicket {
        identity = identity.clone();
        psk = psk.clone();
    }

    @Override
    public byte[] identity() {
        return identity.clone();
    }

    @Override
    public byte[] psk() {
        return psk.clone();
    }

    /** The ticket and what the client derives from it. */
    static ResumptionTicket from(NewSessionTicket t, byte[] resumptionMasterSecret) {
        long max = Extension.find(t.extensions(), Extension.EARLY_DATA).map(Extension::earlyDataLimit).orElse(0L);
        return new ResumptionTicket(t.ticket(), t.ageAdd(), t.lifetime(), max, KeySchedule.resumptionPsk(resumptionMasterSecret, t.nonce()));
    }
}
