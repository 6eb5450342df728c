package org.wirewise.model.tls;

import java.security.GeneralSecurityException;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** AES-GCM with a 16-byte tag as both TLS versions use it; a wrong tag is bad_record_mac (RFC 8446 §5.2, RFC 5246 §7.2.2). */
final class AesGcm {

    private AesGcm() {
    }

    static byte[] crypt(int mode, byte[] key, byte[] nonce, byte[] aad, byte[] input) {
        try {
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(RecordProtection.TAG_LENGTH * 8, nonce));
            aes.updateAAD(aad);
            return aes.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new TlsAlertException(AlertDescription.BAD_RECORD_MAC, "the record's AEAD tag does not match: it was changed or protected under another key");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no AES-GCM", e);
        }
    }
}
