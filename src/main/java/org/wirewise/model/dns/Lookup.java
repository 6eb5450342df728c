package org.wirewise.model.dns;

/**
 * One lookup of the lesson's script: who asks what, and why the lesson asks it then.
 *
 * @param client the lane that asks (laptop or phone)
 * @param question what it asks
 * @param purpose what the lookup is there to show
 */
record Lookup(String client, DnsMessage.Question question, Purpose purpose) {

    enum Purpose {
        FIRST, AGAIN_SOON, AFTER_BROWSER_CAP, OTHER_DEVICE, AFTER_TTL, ALIAS, MISSING, MISSING_AGAIN, LARGE
    }
}
